package de.daks.programme.selection;

/**
 * The number of places and the diversity targets the Geschäftsstelle sets for a selection.
 *
 * @param places how many applications are selected, at least 1
 * @param everyLand every Land with an eligible application is represented – where possible: with fewer places
 *        than Länder, as many Länder as there are places
 * @param minPerType at least this many of each type of Kommune (or all of a type, if it has fewer candidates); 0
 *        switches the target off
 * @param minPerSizeClass the same for size classes
 * @param grwPercent minimum share of places from GRW assistance areas, percent 0–100 (rounded up to whole places)
 * @param shrinkingPercent minimum share of places for shrinking Kommunen, percent 0–100 (rounded up)
 */
public record SelectionTargets(int places, boolean everyLand, int minPerType, int minPerSizeClass, int grwPercent,
		int shrinkingPercent) {

	public SelectionTargets {
		if (places < 1) {
			throw new IllegalArgumentException("At least one place is needed, not " + places);
		}
		if (minPerType < 0 || minPerSizeClass < 0) {
			throw new IllegalArgumentException("Minimums per type and size class cannot be negative");
		}
		if (grwPercent < 0 || grwPercent > 100 || shrinkingPercent < 0 || shrinkingPercent > 100) {
			throw new IllegalArgumentException("Shares are percentages from 0 to 100");
		}
	}

	/** Only the number of places, no diversity target. */
	public static SelectionTargets placesOnly(int places) {
		return new SelectionTargets(places, false, 0, 0, 0, 0);
	}

	/** Places from GRW areas needed: the share rounded up to whole places. */
	int grwPlaces() {
		return ceilShare(grwPercent);
	}

	/** Places for shrinking Kommunen needed: the share rounded up to whole places. */
	int shrinkingPlaces() {
		return ceilShare(shrinkingPercent);
	}

	private int ceilShare(int percent) {
		return (places * percent + 99) / 100;
	}
}
