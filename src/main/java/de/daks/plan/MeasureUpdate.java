package de.daks.plan;

import java.time.Instant;
import java.util.List;

/** One entry of a measure's timeline: a progress report or a status change, with text and up to three photos. */
public record MeasureUpdate(long id, long measureId, Instant at, String author, String text, MeasureStatus status,
		int progress, List<UpdatePhoto> photos) {

	public MeasureUpdate {
		photos = List.copyOf(photos);
	}
}
