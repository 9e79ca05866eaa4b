package de.daks.projection;

import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.statistics.Observation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The stored results of a run: for the Kommune's area and every quarter with data, every date from the base on, the
 * population by sex ({@code f}, {@code m}) and age group with its 80 % interval, plus rows of sex {@code t}: the total
 * ({@link AgeBand#ALL}) and the five-year groups 0–4 … 80–84, 85+ (intervals of those are quantiles of the simulated
 * sums, not sums of quantiles).
 */
public record ProjectionResult(ProjectionRunInfo run, List<Row> rows) {

	public ProjectionResult {
		rows = List.copyOf(rows);
	}

	/** One result number. */
	public record Row(String area, LocalDate date, Sex sex, AgeBand age, double value, double p10, double p90) {
	}

	/** A total with its interval. */
	public record Total(LocalDate date, double value, double p10, double p90) {
	}

	/** The dates of the Kommune's area, base first. */
	public List<LocalDate> dates() {
		return dates(run.area());
	}

	public List<LocalDate> dates(String area) {
		TreeSet<LocalDate> dates = new TreeSet<>();
		rows.stream().filter(r -> r.area().equals(area)).forEach(r -> dates.add(r.date()));
		return List.copyOf(dates);
	}

	/** The quarters with results (raked to the Kommune), sorted by key. */
	public List<String> quarterAreas() {
		TreeSet<String> areas = new TreeSet<>();
		rows.stream().filter(r -> !r.area().equals(run.area())).forEach(r -> areas.add(r.area()));
		return List.copyOf(areas);
	}

	/** The totals of an area by date. */
	public List<Total> totals(String area) {
		return rows.stream().filter(r -> r.area().equals(area) && r.sex() == Sex.TOTAL && r.age().isTotal())
			.sorted(java.util.Comparator.comparing(Row::date))
			.map(r -> new Total(r.date(), r.value(), r.p10(), r.p90())).toList();
	}

	public Optional<Total> total(String area, LocalDate date) {
		return totals(area).stream().filter(t -> t.date().equals(date)).findFirst();
	}

	/** Women and men by the run's age groups (single years or five-year groups) at a date, youngest first, women first. */
	public List<Row> cells(String area, LocalDate date) {
		return rows.stream().filter(r -> r.area().equals(area) && r.date().equals(date) && r.sex() != Sex.TOTAL)
			.sorted(java.util.Comparator.comparing(Row::age).thenComparing(r -> r.sex() == Sex.FEMALE ? 0 : 1)).toList();
	}

	/** Both sexes by five-year group 0–4 … 85+ at a date, youngest first. */
	public List<Row> fiveYearGroups(String area, LocalDate date) {
		return rows.stream()
			.filter(r -> r.area().equals(area) && r.date().equals(date) && r.sex() == Sex.TOTAL && !r.age().isTotal())
			.sorted(java.util.Comparator.comparing(Row::age)).toList();
	}

	/** The point projection of an area at a date as population observations (e.g. for the indicators). */
	public List<Observation> observations(String area, LocalDate date) {
		return cells(area, date).stream().map(r -> Observation.population(area, date, r.sex(), r.age(), r.value()))
			.toList();
	}
}
