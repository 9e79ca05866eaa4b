/** Werkstattplan pages: tree, table, timeline (SVG and table), status board, my tasks, versions, accountability. */
@NullMarked
package de.daks.plan.web;

import org.jspecify.annotations.NullMarked;
