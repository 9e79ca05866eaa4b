/** Kommunalprofil editor pages: overview, topic texts, inventory, expert interviews, SWOT board. */
@NullMarked
package de.daks.profile.web;

import org.jspecify.annotations.NullMarked;
