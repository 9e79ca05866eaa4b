/** Statistics internals: the repository, the import runner, the query bean, command-line commands and the job. */
@NullMarked
package de.daks.statistics.internal;

import org.jspecify.annotations.NullMarked;
