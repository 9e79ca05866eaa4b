/** DAKS application root: the modules are the direct sub-packages. */
@NullMarked
package de.daks;

import org.jspecify.annotations.NullMarked;
