/** Command-line mode of the jar: {@code daks <command>}. */
@NullMarked
package de.daks.shared.cli;

import org.jspecify.annotations.NullMarked;
