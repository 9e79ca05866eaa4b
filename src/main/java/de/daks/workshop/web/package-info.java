/** Zukunftswerkstatt pages: team and moderator board, projector and print view, the guests' board under /w/{code}. */
@NullMarked
package de.daks.workshop.web;

import org.jspecify.annotations.NullMarked;
