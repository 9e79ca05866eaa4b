package de.daks.shared;

import org.jspecify.annotations.Nullable;

/**
 * An age band in completed years: {@code from} inclusive, {@code to} exclusive, {@code to == null} for an open-ended
 * band ("85 and older"). A single year of age {@code x} is {@code [x, x+1)}; the total over all ages is
 * {@code [0, open)}.
 */
public record AgeBand(int from, @Nullable Integer to) implements Comparable<AgeBand> {

	public static final AgeBand ALL = new AgeBand(0, null);

	public AgeBand {
		if (from < 0) {
			throw new IllegalArgumentException("age_from must not be negative: " + from);
		}
		if (to != null && to <= from) {
			throw new IllegalArgumentException("age_to must be greater than age_from: " + from + ".." + to);
		}
	}

	public static AgeBand single(int age) {
		return new AgeBand(age, age + 1);
	}

	public static AgeBand of(int from, int toExclusive) {
		return new AgeBand(from, toExclusive);
	}

	public static AgeBand openFrom(int from) {
		return new AgeBand(from, null);
	}

	public boolean isOpen() {
		return to == null;
	}

	public boolean isSingleYear() {
		return to != null && to == from + 1;
	}

	public boolean isTotal() {
		return from == 0 && to == null;
	}

	/** Whether {@code other} lies completely inside this band. */
	public boolean contains(AgeBand other) {
		return other.from >= from && (to == null || (other.to != null && other.to <= to));
	}

	public boolean overlaps(AgeBand other) {
		boolean otherStartsBeforeMyEnd = to == null || other.from < to;
		boolean myStartBeforeOtherEnd = other.to == null || from < other.to;
		return otherStartsBeforeMyEnd && myStartBeforeOtherEnd;
	}

	/** A label such as {@code 0–5}, {@code 65+} or {@code 42} (single year), language-neutral. */
	public String label() {
		if (to == null) {
			return from + "+";
		}
		if (isSingleYear()) {
			return Integer.toString(from);
		}
		return from + "–" + (to - 1);
	}

	@Override
	public int compareTo(AgeBand o) {
		int c = Integer.compare(from, o.from);
		if (c != 0) {
			return c;
		}
		int mine = to == null ? Integer.MAX_VALUE : to;
		int theirs = o.to == null ? Integer.MAX_VALUE : o.to;
		return Integer.compare(mine, theirs);
	}
}
