package de.daks.statistics;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The canonical statistical record: one value for an area, a reference date, a measure, a sex and an age band. The
 * area is an ARS/AGS (or {@code DG}) or a DAKS area key of a quarter. Values are non-negative.
 */
public record Observation(String area, LocalDate date, Measure measure, Sex sex, AgeBand age, double value) {

	public Observation {
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(sex, "sex");
		Objects.requireNonNull(age, "age");
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new IllegalArgumentException("value must be a non-negative number: " + value);
		}
	}

	/** A population count. */
	public static Observation population(String area, LocalDate date, Sex sex, AgeBand age, double value) {
		return new Observation(area, date, Measure.POPULATION, sex, age, value);
	}

	/** The cell this observation fills; two observations of one dataset must not share a cell. */
	public Cell cell() {
		return new Cell(area, date, measure, sex, age);
	}

	/** The identity of a value without the value. */
	public record Cell(String area, LocalDate date, Measure measure, Sex sex, AgeBand age) {
	}
}
