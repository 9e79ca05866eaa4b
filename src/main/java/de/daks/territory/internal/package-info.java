/** Territory internals: the GV100AD parser, the GeoJSON boundary reader, persistence and the commands. */
@NullMarked
package de.daks.territory.internal;

import org.jspecify.annotations.NullMarked;
