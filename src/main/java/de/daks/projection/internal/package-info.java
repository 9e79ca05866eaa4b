/**
 * The projection module's command-line commands ({@code daks project}, {@code daks bench projection}) and their file
 * formats.
 */
@NullMarked
package de.daks.projection.internal;

import org.jspecify.annotations.NullMarked;
