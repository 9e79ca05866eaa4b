/** The process module's pages: start page, dashboard, step pages, Kick-Off tools. */
@NullMarked
package de.daks.process.web;

import org.jspecify.annotations.NullMarked;
