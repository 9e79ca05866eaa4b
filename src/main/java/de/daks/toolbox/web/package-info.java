/** The Werkzeugkoffer's pages. */
@NullMarked
package de.daks.toolbox.web;

import org.jspecify.annotations.NullMarked;
