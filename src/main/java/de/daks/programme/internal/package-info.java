/**
 * The programme module's command-line commands ({@code daks bench selection}).
 */
@NullMarked
package de.daks.programme.internal;

import org.jspecify.annotations.NullMarked;
