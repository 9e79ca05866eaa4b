/** Kommunalprofil internals: the JDBC repository, the rich-text sanitiser and the demo content. */
@NullMarked
package de.daks.profile.internal;

import org.jspecify.annotations.NullMarked;
