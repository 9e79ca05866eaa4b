package de.daks.plan;

import java.time.Instant;

/** One entry of a measure's timeline: a progress report or a status change, with text. */
public record MeasureUpdate(long id, long measureId, Instant at, String author, String text, MeasureStatus status,
		int progress) {
}
