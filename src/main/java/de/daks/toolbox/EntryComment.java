package de.daks.toolbox;

import java.time.Instant;

/** A comment on an entry by a signed-in user. */
public record EntryComment(String author, String text, Instant at) {
}
