package de.daks.profile;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.indicators.Comparison;
import de.daks.indicators.IndicatorDefinition;
import de.daks.indicators.IndicatorService;
import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.profile.ProfileReport.ComparedArea;
import de.daks.profile.ProfileReport.Demography;
import de.daks.profile.ProfileReport.IndicatorRow;
import de.daks.profile.ProfileReport.PopulationPoint;
import de.daks.profile.ProfileReport.PyramidRow;
import de.daks.profile.ProfileReport.QuarterRow;
import de.daks.profile.ProfileReport.Source;
import de.daks.profile.report.PyramidBands;
import de.daks.projection.ProjectionResult;
import de.daks.projection.ProjectionRunInfo;
import de.daks.projection.ProjectionService;
import de.daks.reporting.MapArea;
import de.daks.reporting.SvgMap;
import de.daks.shared.KommuneId;
import de.daks.statistics.DatasetId;
import de.daks.statistics.DatasetInfo;
import de.daks.statistics.Measure;
import de.daks.statistics.StatisticsImports;
import de.daks.statistics.StatisticsQueries;
import de.daks.territory.Area;
import de.daks.territory.AreaShape;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import de.daks.territory.QuarterManagement;
import de.daks.territory.TerritoryManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Assembles the Kommunalprofil report: the demographic situation from the statistics and indicators (age pyramid of
 * the latest year, population series, indicator table with Kreis, Land and Germany, quarters), the written parts of
 * the profile, and the numbered sources with their provenance. A Kommune's report requires {@code KOMMUNE_VIEW};
 * the data sections of an area are official statistics and check nothing.
 */
@Service
public class ProfileReports {

	/** The pyramid of this many years before the latest is drawn as an outline. */
	static final int OUTLINE_YEARS = 10;

	private final IndicatorService indicators;

	private final StatisticsQueries statistics;

	private final StatisticsImports imports;

	private final KommuneManagement kommunen;

	private final QuarterManagement quarters;

	private final TerritoryManagement territory;

	private final Authorization authorization;

	private final MessageSource messages;

	private final Clock clock;

	private final ProfileContents contents;

	private final ProjectionService projections;

	ProfileReports(IndicatorService indicators, StatisticsQueries statistics, StatisticsImports imports,
			KommuneManagement kommunen, QuarterManagement quarters, TerritoryManagement territory,
			Authorization authorization, MessageSource messages, Clock clock, ProfileContents contents,
			ProjectionService projections) {
		this.indicators = indicators;
		this.statistics = statistics;
		this.imports = imports;
		this.kommunen = kommunen;
		this.quarters = quarters;
		this.territory = territory;
		this.authorization = authorization;
		this.messages = messages;
		this.clock = clock;
		this.contents = contents;
		this.projections = projections;
	}

	/** The report of a Kommune: data sections of its area (its first linked area with data) and the written parts. */
	public ProfileReport forKommune(KommuneId id, Locale locale) {
		authorization.require(Permission.KOMMUNE_VIEW, id);
		Kommune kommune = kommunen.get(id);
		Optional<String> area = indicators.areaOf(id);
		Sources sources = new Sources();
		Demography demography = area.map(a -> demography(a, kommune, sources, locale)).orElse(Demography.empty());
		if (demography.year() != null) {
			demography = demography.withProjection(projection(id, sources));
		}
		return new ProfileReport(kommune, area.orElse(null), kommune.name(), LocalDate.now(clock), demography,
				contents.load(id), sources.list(), definitions(demography));
	}

	/** The data sections of any area (statistics or territory key); the written parts are left out. */
	public ProfileReport forArea(String area, Locale locale) {
		Sources sources = new Sources();
		Demography demography = demography(area, null, sources, locale);
		return new ProfileReport(null, area, indicators.name(area), LocalDate.now(clock), demography, null,
				sources.list(), definitions(demography));
	}

	/** The Kommune whose territory is the area: its key or the AGS of one of the Kommune's area keys. */
	public Optional<Kommune> kommuneOf(String area) {
		return kommunen.findAll().stream()
			.filter(k -> k.areaKeys().stream().anyMatch(key -> key.equals(area)
					|| territory.find(key).map(Area::ags).filter(area::equals).isPresent()))
			.findFirst();
	}

	// ---------------------------------------------------------------------------------------------- documents

	/** A download name such as {@code Kommunalprofil-Stadt-Bremerhaven-2026-12-04.pdf}. */
	public static String fileName(ProfileReport report, String extension) {
		String name = report.areaName().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
		return "Kommunalprofil-" + name + "-" + report.generatedOn() + "." + extension;
	}

	// ---------------------------------------------------------------------------------------------- demography

	private Demography demography(String area, @Nullable Kommune kommune, Sources sources, Locale locale) {
		Optional<Integer> latest = indicators.latestYear(area);
		if (latest.isEmpty()) {
			return Demography.empty();
		}
		int year = latest.get();
		Comparison comparison = indicators.compareWithParents(area, year);
		String key = comparison.subject().key();
		PyramidBands.Result pyramid = PyramidBands
			.of(statistics.at(key, Measure.POPULATION, LocalDate.of(year, 12, 31)));
		List<PyramidRow> pyramidRows = rows(pyramid);
		Set<Integer> pyramidRefs = new TreeSet<>(sources.refs(pyramid.datasets()));
		// the pyramid ten years earlier as an outline, where it exists in the same bands
		Integer outlineYear = null;
		List<PyramidRow> outline = List.of();
		if (!pyramidRows.isEmpty() && indicators.years(area).contains(year - OUTLINE_YEARS)) {
			PyramidBands.Result earlier = PyramidBands
				.of(statistics.at(key, Measure.POPULATION, LocalDate.of(year - OUTLINE_YEARS, 12, 31)));
			List<PyramidRow> earlierRows = rows(earlier);
			if (earlierRows.stream().map(PyramidRow::label).toList()
				.equals(pyramidRows.stream().map(PyramidRow::label).toList())) {
				outlineYear = year - OUTLINE_YEARS;
				outline = earlierRows;
				pyramidRefs.addAll(sources.refs(earlier.datasets()));
			}
		}
		List<PopulationPoint> population = indicators.series(area, "population").stream()
			.map(v -> new PopulationPoint(v.year(), v.value(), sources.refs(v.datasets())))
			.toList();
		List<ComparedArea> compared = comparison.others().stream()
			.map(c -> new ComparedArea(c.role(), c.key(), c.name()))
			.toList();
		List<IndicatorRow> rows = new ArrayList<>();
		Indicators own = comparison.subject().indicators();
		for (IndicatorDefinition definition : indicators.catalogue().all()) {
			Optional<IndicatorValue> value = own.value(definition.id());
			if (value.isEmpty()) {
				continue;
			}
			List<@Nullable IndicatorValue> others = new ArrayList<>();
			List<DatasetId> datasets = new ArrayList<>(value.get().datasets());
			for (Comparison.Compared other : comparison.others()) {
				IndicatorValue v = other.value(definition.id()).orElse(null);
				others.add(v);
				if (v != null) {
					datasets.addAll(v.datasets());
				}
			}
			rows.add(new IndicatorRow(definition, value.get(), others, sources.refs(datasets)));
		}
		List<QuarterRow> quarterRows = kommune == null ? List.of() : quarterRows(kommune, year, sources);
		return new Demography(year, pyramidRows, outlineYear, outline, pyramidRefs, pyramid.interpolated(), population, compared, rows,
				quarterRows, quarterRows.isEmpty() ? null : quarterMap(kommune, quarterRows, locale), null);
	}

	/** Fixed target years of the projection summary, besides base year, base year + 10 and the horizon. */
	static final List<Integer> PROJECTION_YEARS = List.of(2035, 2040);

	/** The latest succeeded projection run: base year and target years, total with interval, old-age ratio. */
	private ProfileReport.@Nullable ProjectionSummary projection(KommuneId id, Sources sources) {
		Optional<ProjectionResult> latest = projections.latestResult(id);
		if (latest.isEmpty()) {
			return null;
		}
		ProjectionResult result = latest.get();
		ProjectionRunInfo run = result.run();
		List<ProfileReport.ProjectionRow> rows = new ArrayList<>();
		java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
		years.add(run.baseYear());
		years.add(run.baseYear() + 10);
		years.addAll(PROJECTION_YEARS);
		years.add(run.targetYear());
		years.removeIf(y -> y < run.baseYear() || y > run.targetYear());
		for (int year : years) {
			Optional<LocalDate> date = result.dates().stream().filter(d -> d.getYear() == year).findFirst();
			Optional<ProjectionResult.Total> total = date.flatMap(d -> result.total(run.area(), d));
			if (total.isEmpty()) {
				continue;
			}
			Double oldAge = indicators.computeFrom(result.observations(run.area(), date.get()), run.area(), year)
				.value("old_age_ratio").map(IndicatorValue::value).orElse(null);
			rows.add(new ProfileReport.ProjectionRow(year, total.get().value(), total.get().p10(), total.get().p90(),
					oldAge));
		}
		List<DatasetId> inputs = new ArrayList<>();
		for (String dataset : run.inputDatasets()) {
			try {
				inputs.add(new DatasetId(java.util.UUID.fromString(dataset)));
			}
			catch (IllegalArgumentException ex) {
				// not a dataset id (e.g. a description): nothing to refer to
			}
		}
		String name = run.scenario() + ", " + run.method() + ", " + run.baseYear() + "–" + run.targetYear();
		return rows.isEmpty() ? null : new ProfileReport.ProjectionSummary(name, rows, sources.refs(inputs));
	}

	private static List<PyramidRow> rows(PyramidBands.Result pyramid) {
		return pyramid.bands().stream()
			.map(b -> new PyramidRow(b.label(), b.age().from(), b.age().to(), b.male(), b.female()))
			.toList();
	}

	private List<QuarterRow> quarterRows(Kommune kommune, int year, Sources sources) {
		List<QuarterRow> rows = new ArrayList<>();
		boolean anyData = false;
		for (Area quarter : quarters.quarters(kommune.id())) {
			int quarterYear = indicators.years(quarter.key()).contains(year) ? year
					: indicators.latestYear(quarter.key()).orElse(year);
			Indicators values = indicators.compute(quarter.key(), quarterYear);
			Optional<IndicatorValue> population = values.value("population");
			Optional<IndicatorValue> share = values.value("share_65_plus");
			List<DatasetId> datasets = new ArrayList<>();
			population.ifPresent(v -> datasets.addAll(v.datasets()));
			share.ifPresent(v -> datasets.addAll(v.datasets()));
			anyData |= population.isPresent();
			rows.add(new QuarterRow(quarter.key(), quarter.name(), population.map(IndicatorValue::value).orElse(null),
					share.map(IndicatorValue::value).orElse(null), sources.refs(datasets)));
		}
		return anyData ? rows : List.of();
	}

	private @Nullable String quarterMap(@Nullable Kommune kommune, List<QuarterRow> rows, Locale locale) {
		if (kommune == null) {
			return null;
		}
		Map<String, QuarterRow> byKey = new LinkedHashMap<>();
		rows.forEach(r -> byKey.put(r.key(), r));
		List<AreaShape> shapes = territory.geometries(byKey.keySet());
		if (shapes.isEmpty()) {
			return null;
		}
		SvgMap.Builder map = SvgMap.builder(messages.getMessage("profilereport.quarters.map",
				new Object[] { kommune.name() }, locale))
			.description(messages.getMessage("profilereport.quarters.mapDescription", null, locale));
		for (AreaShape shape : shapes) {
			QuarterRow row = byKey.get(shape.key());
			map.area(new MapArea(shape.key(), shape.name(), shape.geometry(), "quarter", null,
					row == null ? null : row.share65Plus()));
		}
		return map.render();
	}

	/** The definitions of the indicators shown, in catalogue order. */
	private List<IndicatorDefinition> definitions(Demography demography) {
		List<IndicatorDefinition> used = new ArrayList<>();
		demography.indicators().forEach(r -> used.add(r.definition()));
		if (!demography.quarters().isEmpty()) {
			indicators.catalogue().find("share_65_plus").filter(d -> !used.contains(d)).ifPresent(used::add);
		}
		return indicators.catalogue().all().stream().filter(used::contains).toList();
	}

	/** The datasets of one report, numbered in order of first use, with their provenance. */
	private final class Sources {

		private final Map<DatasetId, Source> byId = new LinkedHashMap<>();

		Set<Integer> refs(Collection<DatasetId> datasets) {
			Set<Integer> refs = new TreeSet<>();
			List<DatasetId> sorted = datasets.stream().distinct()
				.sorted(java.util.Comparator.comparing(DatasetId::toString)).toList();
			for (DatasetId id : sorted) {
				if (IndicatorService.GIVEN.equals(id)) {
					continue;
				}
				Source source = byId.computeIfAbsent(id, k -> {
					DatasetInfo info = imports.dataset(k).orElse(null);
					return new Source(byId.size() + 1, k, info, Source.isSynthetic(info));
				});
				refs.add(source.number());
			}
			return refs;
		}

		List<Source> list() {
			return List.copyOf(byId.values());
		}
	}
}
