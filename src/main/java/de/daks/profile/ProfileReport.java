package de.daks.profile;

import de.daks.indicators.IndicatorDefinition;
import de.daks.indicators.IndicatorValue;
import de.daks.statistics.DatasetId;
import de.daks.statistics.DatasetInfo;
import de.daks.territory.Kommune;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The Kommunalprofil report of a Kommune (or the data sections of any area): the demographic situation computed from
 * the statistics, the written parts of the profile, and the sources every number rests on. Values are raw numbers
 * (formatted only when the report is rendered); every row names the sources it rests on by their number in
 * {@link #sources()}.
 *
 * @param kommune the Kommune, null for a report of an area that is no Kommune's (data sections only)
 * @param area the statistics key of the area the data sections are about, null if the Kommune has none
 * @param areaName the area's name (the Kommune's name for a Kommune)
 * @param content the written parts (texts, inventory, interviews, SWOT), null for an area report
 * @param sources every dataset used, numbered from 1 in order of first use
 * @param definitions every indicator definition used, in catalogue order
 */
public record ProfileReport(@Nullable Kommune kommune, @Nullable String area, String areaName, LocalDate generatedOn,
		Demography demography, @Nullable ProfileContent content, List<Source> sources,
		List<IndicatorDefinition> definitions) {

	public ProfileReport {
		sources = List.copyOf(sources);
		definitions = List.copyOf(definitions);
	}

	/** Whether any data section has data. */
	public boolean hasData() {
		return demography.year() != null;
	}

	public Optional<Source> source(int number) {
		return number >= 1 && number <= sources.size() ? Optional.of(sources.get(number - 1)) : Optional.empty();
	}

	/** Whether any of the sources with these numbers is synthetic. */
	public boolean synthetic(Set<Integer> refs) {
		return refs.stream().map(this::source).flatMap(Optional::stream).anyMatch(Source::synthetic);
	}

	/**
	 * The demographic situation.
	 *
	 * @param year the latest year with population data at 31.12., null if the area has none
	 * @param pyramid the age pyramid of that year in five-year bands, youngest first (empty if the age detail is
	 * incomplete)
	 * @param outlineYear the year ten years earlier whose pyramid is drawn as an outline, null if there is none
	 * @param outline the pyramid of that year in the same bands (empty if none)
	 * @param pyramidRefs the sources of the pyramid and its outline
	 * @param pyramidInterpolated whether some band of the data crossed a five-year boundary and was split evenly
	 * over its years
	 * @param population the population at 31.12. of every year with data, ascending
	 * @param compared the areas the indicators are compared with (Kreis, Land, Germany – those with a territory node)
	 * @param indicators the computable indicators of the year, in catalogue order
	 * @param quarters the quarters of the Kommune with their population and share 65+, where quarter data exist
	 * @param quarterMap an SVG map of the quarters (choropleth of the share 65+), null without boundaries or data
	 * @param projection the latest projection of the Kommune, null if there is none
	 */
	public record Demography(@Nullable Integer year, List<PyramidRow> pyramid, @Nullable Integer outlineYear,
			List<PyramidRow> outline, Set<Integer> pyramidRefs,
			boolean pyramidInterpolated, List<PopulationPoint> population, List<ComparedArea> compared,
			List<IndicatorRow> indicators, List<QuarterRow> quarters, @Nullable String quarterMap,
			@Nullable ProjectionSummary projection) {

		public Demography {
			pyramid = List.copyOf(pyramid);
			outline = List.copyOf(outline);
			pyramidRefs = Set.copyOf(new TreeSet<>(pyramidRefs));
			population = List.copyOf(population);
			compared = List.copyOf(compared);
			indicators = List.copyOf(indicators);
			quarters = List.copyOf(quarters);
		}

		public static Demography empty() {
			return new Demography(null, List.of(), null, List.of(), Set.of(), false, List.of(), List.of(), List.of(), List.of(), null,
					null);
		}

		/** The same with the projection summary. */
		public Demography withProjection(@Nullable ProjectionSummary summary) {
			return new Demography(year, pyramid, outlineYear, outline, pyramidRefs, pyramidInterpolated, population,
					compared, indicators, quarters, quarterMap, summary);
		}

		/** The sources of the population series. */
		public Set<Integer> populationRefs() {
			Set<Integer> refs = new TreeSet<>();
			population.forEach(p -> refs.addAll(p.refs()));
			return refs;
		}

		/** The sources of the indicator table. */
		public Set<Integer> indicatorRefs() {
			Set<Integer> refs = new TreeSet<>();
			indicators.forEach(p -> refs.addAll(p.refs()));
			return refs;
		}

		/** The sources of the quarter table. */
		public Set<Integer> quarterRefs() {
			Set<Integer> refs = new TreeSet<>();
			quarters.forEach(p -> refs.addAll(p.refs()));
			return refs;
		}
	}

	/** One five-year band of the age pyramid (persons). */
	public record PyramidRow(String label, int from, @Nullable Integer to, double male, double female) {
	}

	/** The population at 31.12. of a year. */
	public record PopulationPoint(int year, double value, Set<Integer> refs) {

		public PopulationPoint {
			refs = Set.copyOf(new TreeSet<>(refs));
		}
	}

	/**
	 * An area the Kommune is compared with.
	 *
	 * @param role {@code kreis}, {@code land} or {@code germany}
	 */
	public record ComparedArea(String role, String key, String name) {
	}

	/**
	 * One indicator with its comparisons.
	 *
	 * @param others the values of the {@link Demography#compared()} areas in their order, null where not computable
	 * @param refs the sources of all values of the row
	 */
	public record IndicatorRow(IndicatorDefinition definition, IndicatorValue value,
			List<@Nullable IndicatorValue> others, Set<Integer> refs) {

		public IndicatorRow {
			others = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(others));
			refs = Set.copyOf(new TreeSet<>(refs));
		}

		public String name(Locale locale) {
			return definition.name(locale);
		}
	}

	/** A quarter of the Kommune with its population and share 65+ (null where not computable). */
	public record QuarterRow(String key, String name, @Nullable Double population, @Nullable Double share65Plus,
			Set<Integer> refs) {

		public QuarterRow {
			refs = Set.copyOf(new TreeSet<>(refs));
		}
	}

	/**
	 * The latest projection of the Kommune: total population (with its 80 % interval) and old-age ratio in the base
	 * year and the target years.
	 *
	 * @param name the run's scenario, method and base year
	 * @param refs the sources of the run's inputs
	 */
	public record ProjectionSummary(String name, List<ProjectionRow> rows, Set<Integer> refs) {

		public ProjectionSummary {
			rows = List.copyOf(rows);
			refs = Set.copyOf(new TreeSet<>(refs));
		}
	}

	/** One year of a projection: the total with its 80 % interval, and the old-age ratio (null if not computable). */
	public record ProjectionRow(int year, double total, double low, double high, @Nullable Double oldAgeRatio) {
	}

	/**
	 * A dataset the report uses.
	 *
	 * @param number its reference number in the report (1-based)
	 * @param synthetic whether its provenance marks it synthetic (licence text starting with "synthetisch")
	 */
	public record Source(int number, DatasetId id, @Nullable DatasetInfo info, boolean synthetic) {

		/** Whether the provenance of a dataset marks it synthetic. */
		public static boolean isSynthetic(@Nullable DatasetInfo info) {
			return info != null && info.licence() != null
					&& info.licence().strip().toLowerCase(Locale.ROOT).startsWith("synthetisch");
		}
	}
}
