package de.daks.projection.web;

import de.daks.indicators.IndicatorDefinition;
import de.daks.indicators.IndicatorService;
import de.daks.indicators.Indicators;
import de.daks.projection.ProjectionResult;
import de.daks.projection.ProjectionResult.Row;
import de.daks.projection.ProjectionRunInfo;
import de.daks.reporting.MapArea;
import de.daks.reporting.SvgMap;
import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.territory.AreaShape;
import de.daks.territory.Kommune;
import de.daks.territory.TerritoryManagement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the view model of a run's result page: totals, pyramids, group tables, indicators, scenarios, quarters. */
@Component
class ResultView {

	/** The indicators shown for the projected years. */
	static final List<String> INDICATORS = List.of("old_age_ratio", "youth_ratio", "total_dependency_ratio",
			"mean_age", "median_age", "share_under_18", "share_65_plus", "share_80_plus");

	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final IndicatorService indicators;

	private final TerritoryManagement territory;

	private final MessageSource messages;

	private final ProjectionCharts charts;

	ResultView(IndicatorService indicators, TerritoryManagement territory, MessageSource messages,
			ProjectionCharts charts) {
		this.indicators = indicators;
		this.territory = territory;
		this.messages = messages;
		this.charts = charts;
	}

	/** A run in lists and headers. */
	record Line(ProjectionRunInfo run, String scenario, String method, String created, String status,
			@Nullable String finished) {
	}

	Line line(ProjectionRunInfo run, Locale locale) {
		DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale).withZone(ZONE);
		String scenario = switch (run.scenario()) {
			case "low", "middle", "high" -> message("projection.scenario." + run.scenario(), locale);
			default -> run.scenario();
		};
		return new Line(run, scenario, message("projection.method." + run.method(), locale),
				format.format(run.createdAt()), message("projection.status." + run.status(), locale),
				run.finishedAt() == null ? null : format.format(run.finishedAt()));
	}

	/** A number with its 80 % interval. */
	record Cell(String value, String interval) {
	}

	record TotalRow(int year, String value, String p10, String p90) {
	}

	record GroupRow(String label, List<Cell> cells) {
	}

	record IndicatorRow(String name, String unit, List<String> values) {
	}

	record ScenarioRow(int year, List<Cell> cells) {
	}

	record QuarterRow(String key, String name, String base, String target, String change, String interval) {
	}

	void fill(Model model, Kommune kommune, ProjectionResult result, List<ProjectionResult> batch, Locale locale) {
		ProjectionRunInfo run = result.run();
		String area = run.area();
		List<LocalDate> dates = result.dates();
		LocalDate base = dates.get(0);
		LocalDate target = dates.get(dates.size() - 1);
		ProjectionResult.Total baseTotal = result.total(area, base).orElseThrow();
		ProjectionResult.Total targetTotal = result.total(area, target).orElseThrow();
		model.addAttribute("baseTotal", Numbers.format(baseTotal.value(), 0, locale));
		model.addAttribute("targetTotal", Numbers.format(targetTotal.value(), 0, locale));
		model.addAttribute("targetInterval", interval(targetTotal.p10(), targetTotal.p90(), locale));
		model.addAttribute("targetChange", Numbers.change(targetTotal.value() / baseTotal.value() - 1, locale));
		model.addAttribute("targetYear", target.getYear());
		model.addAttribute("baseYear", base.getYear());

		List<TotalRow> totals = new ArrayList<>();
		for (ProjectionResult.Total t : result.totals(area)) {
			totals.add(new TotalRow(t.date().getYear(), Numbers.format(t.value(), 0, locale),
					Numbers.format(t.p10(), 0, locale), Numbers.format(t.p90(), 0, locale)));
		}
		model.addAttribute("totals", totals);
		model.addAttribute("totalsChart", charts.totals(kommune.name(), result.totals(area), locale));

		List<LocalDate> pyramidDates = pick(dates, List.of(0, 10, 20, run.horizon()), base);
		model.addAttribute("pyramids", pyramidDates.stream()
			.map(d -> charts.pyramid(kommune.name(), d.getYear(), bySex(result.cells(area, d)),
					d.equals(base) ? null : bySex(result.cells(area, base)), base.getYear(), locale))
			.toList());

		List<LocalDate> selected = selectedDates(dates, base);
		model.addAttribute("selectedYears", selected.stream().map(LocalDate::getYear).toList());
		List<GroupRow> groups = new ArrayList<>();
		List<List<Row>> byDate = selected.stream().map(d -> result.fiveYearGroups(area, d)).toList();
		for (int g = 0; g < byDate.get(0).size(); g++) {
			List<Cell> cells = new ArrayList<>();
			for (List<Row> rows : byDate) {
				Row r = rows.get(g);
				cells.add(cell(r.value(), r.p10(), r.p90(), locale));
			}
			groups.add(new GroupRow(byDate.get(0).get(g).age().label(), cells));
		}
		List<Cell> totalCells = new ArrayList<>();
		for (LocalDate d : selected) {
			ProjectionResult.Total t = result.total(area, d).orElseThrow();
			totalCells.add(cell(t.value(), t.p10(), t.p90(), locale));
		}
		model.addAttribute("groups", groups);
		model.addAttribute("groupTotals", totalCells);

		List<IndicatorRow> indicatorRows = new ArrayList<>();
		List<Indicators> computed = selected.stream()
			.map(d -> indicators.computeFrom(result.observations(area, d), area, d.getYear())).toList();
		for (String id : INDICATORS) {
			Optional<IndicatorDefinition> definition = indicators.catalogue().find(id);
			if (definition.isEmpty()) {
				continue;
			}
			IndicatorDefinition def = definition.get();
			indicatorRows.add(new IndicatorRow(def.name(locale),
					message("indicators.unit." + def.unit(), locale),
					computed.stream().map(i -> i.value(id).map(v -> Numbers.format(v.value(), decimals(def.unit()),
							locale)).orElse("–")).toList()));
		}
		model.addAttribute("indicatorRows", indicatorRows);

		if (batch.size() > 1) {
			scenarios(model, batch, locale);
		}
		quarters(model, kommune, result, locale);
	}

	private void scenarios(Model model, List<ProjectionResult> batch, Locale locale) {
		model.addAttribute("scenarioRuns", batch.stream().map(r -> line(r.run(), locale)).toList());
		List<ScenarioRow> rows = new ArrayList<>();
		List<ProjectionResult.Total> first = batch.get(0).totals(batch.get(0).run().area());
		for (ProjectionResult.Total t : first) {
			List<Cell> cells = new ArrayList<>();
			for (ProjectionResult r : batch) {
				r.total(r.run().area(), t.date()).ifPresentOrElse(x -> cells.add(cell(x.value(), x.p10(), x.p90(), locale)),
						() -> cells.add(new Cell("–", "")));
			}
			rows.add(new ScenarioRow(t.date().getYear(), cells));
		}
		model.addAttribute("scenarioRows", rows);
		model.addAttribute("scenarioChart", charts.scenarios(batch.stream()
			.map(r -> Map.entry(line(r.run(), locale).scenario(), r.totals(r.run().area()))).toList(), locale));
	}

	private void quarters(Model model, Kommune kommune, ProjectionResult result, Locale locale) {
		List<String> keys = result.quarterAreas();
		if (keys.isEmpty()) {
			return;
		}
		Map<String, String> names = new HashMap<>();
		territory.findAll(keys).forEach(a -> names.put(a.key(), a.name()));
		List<LocalDate> dates = result.dates(keys.get(0));
		LocalDate base = dates.get(0);
		LocalDate target = dates.get(dates.size() - 1);
		List<QuarterRow> rows = new ArrayList<>();
		Map<String, Double> changes = new HashMap<>();
		for (String key : keys) {
			ProjectionResult.Total b = result.total(key, base).orElse(null);
			ProjectionResult.Total t = result.total(key, target).orElse(null);
			if (b == null || t == null) {
				continue;
			}
			double change = b.value() > 0 ? t.value() / b.value() - 1 : 0;
			changes.put(key, change);
			rows.add(new QuarterRow(key, names.getOrDefault(key, key), Numbers.format(b.value(), 0, locale),
					Numbers.format(t.value(), 0, locale), Numbers.change(change, locale),
					interval(t.p10(), t.p90(), locale)));
		}
		model.addAttribute("quarterRows", rows);
		model.addAttribute("quarterBaseYear", base.getYear());
		model.addAttribute("quarterTargetYear", target.getYear());
		List<AreaShape> shapes = territory.geometries(keys);
		if (!shapes.isEmpty()) {
			double min = changes.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
			double max = changes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
			SvgMap.Builder map = SvgMap.builder(message("projection.quarters.mapTitle", locale, kommune.name(),
					base.getYear(), target.getYear()))
				.description(message("projection.quarters.mapDescription", locale, shapes.size()));
			for (AreaShape s : shapes) {
				double c = changes.getOrDefault(s.key(), 0.0);
				int cls = max > min ? (int) Math.min(SvgMap.CHOROPLETH_CLASSES - 1,
						Math.floor((c - min) / (max - min) * SvgMap.CHOROPLETH_CLASSES)) : 2;
				map.area(new MapArea(s.key(), s.name() + ": " + Numbers.change(c, locale), s.geometry(),
						"choropleth-" + cls, null, c));
			}
			model.addAttribute("quarterMap", map.render());
		}
	}

	/** The cells of one date as bands youngest first: label → {male, female}. */
	static List<ProjectionCharts.Band> bySex(List<Row> cells) {
		Map<AgeBand, double[]> bands = new java.util.TreeMap<>();
		for (Row r : cells) {
			bands.computeIfAbsent(fiveYear(r.age()), a -> new double[2])[r.sex() == Sex.MALE ? 0 : 1] += r.value();
		}
		List<ProjectionCharts.Band> result = new ArrayList<>();
		bands.forEach((age, v) -> result.add(new ProjectionCharts.Band(age.label(), v[0], v[1])));
		return result;
	}

	/** Single years are shown in five-year groups (0–4 … 85+) so that pyramids stay readable. */
	private static AgeBand fiveYear(AgeBand age) {
		int g = Math.min(17, age.from() / 5);
		return g == 17 ? AgeBand.openFrom(85) : AgeBand.of(g * 5, g * 5 + 5);
	}

	private static List<LocalDate> pick(List<LocalDate> dates, List<Integer> offsets, LocalDate base) {
		LinkedHashSet<LocalDate> picked = new LinkedHashSet<>();
		for (int offset : offsets) {
			dates.stream().filter(d -> d.getYear() == base.getYear() + offset).findFirst().ifPresent(picked::add);
		}
		return new ArrayList<>(picked);
	}

	/** Base, every fifth year and the last. */
	private static List<LocalDate> selectedDates(List<LocalDate> dates, LocalDate base) {
		LinkedHashSet<LocalDate> selected = new LinkedHashSet<>();
		for (LocalDate d : dates) {
			if ((d.getYear() - base.getYear()) % 5 == 0) {
				selected.add(d);
			}
		}
		selected.add(dates.get(dates.size() - 1));
		return new ArrayList<>(selected);
	}

	private static Cell cell(double value, double p10, double p90, Locale locale) {
		return new Cell(Numbers.format(value, 0, locale), p10 == p90 ? "" : interval(p10, p90, locale));
	}

	static String interval(double p10, double p90, Locale locale) {
		return Numbers.format(p10, 0, locale) + "–" + Numbers.format(p90, 0, locale);
	}

	private static int decimals(String unit) {
		return switch (unit) {
			case "persons" -> 0;
			case "children_per_woman" -> 2;
			default -> 1;
		};
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
