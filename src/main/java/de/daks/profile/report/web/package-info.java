/** The Kommunalprofil report on the web: the page and its PDF and DOCX downloads. */
@NullMarked
package de.daks.profile.report.web;

import org.jspecify.annotations.NullMarked;
