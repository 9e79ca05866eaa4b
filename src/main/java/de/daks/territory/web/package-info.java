/** Territory pages: search, area details with map, imports, quarters, a Kommune's territory and its registration. */
@NullMarked
package de.daks.territory.web;

import org.jspecify.annotations.NullMarked;
