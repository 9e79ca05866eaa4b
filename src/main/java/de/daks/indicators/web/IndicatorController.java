package de.daks.indicators.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.indicators.Comparison;
import de.daks.indicators.IndicatorDefinition;
import de.daks.indicators.IndicatorService;
import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.indicators.NotComputable;
import de.daks.indicators.PeerGroup;
import de.daks.indicators.SeriesComparison;
import de.daks.shared.KommuneId;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The indicator catalogue (public) and a Kommune's indicators with comparisons, time series and peers. */
@Controller
class IndicatorController {

	/** The indicators shown as time series on the Kommune page. */
	static final List<String> SERIES = List.of("population", "mean_age", "youth_ratio", "old_age_ratio",
			"share_80_plus", "natural_balance", "migration_balance");

	static final int PEERS = 5;

	private final IndicatorService indicators;

	private final KommuneManagement kommunen;

	private final MessageSource messages;

	IndicatorController(IndicatorService indicators, KommuneManagement kommunen, MessageSource messages) {
		this.indicators = indicators;
		this.kommunen = kommunen;
		this.messages = messages;
	}

	@GetMapping("/indikatoren")
	@Requires(Permission.PUBLIC)
	String showCatalogue(Model model, Locale locale) {
		List<Topic<IndicatorDefinition>> topics = new ArrayList<>();
		for (String topic : indicators.catalogue().topics()) {
			topics.add(new Topic<>(topic, indicators.catalogue().all().stream()
				.filter(d -> d.topic().equals(topic)).toList()));
		}
		model.addAttribute("topics", topics);
		model.addAttribute("locale", locale);
		return "indicators/catalogue";
	}

	@GetMapping("/kommunen/{kommuneId}/indikatoren")
	@Requires(Permission.KOMMUNE_VIEW)
	String showKommuneIndicators(@PathVariable KommuneId kommuneId,
			@RequestParam(name = "jahr", required = false) @Nullable Integer year, Model model, Locale locale) {
		Kommune kommune = kommunen.get(kommuneId);
		model.addAttribute("kommune", kommune);
		Optional<String> area = indicators.areaOf(kommuneId);
		List<Integer> years = area.map(indicators::years).orElse(List.of());
		model.addAttribute("area", area.orElse(null));
		model.addAttribute("years", newestFirst(years));
		if (years.isEmpty()) {
			return "indicators/kommune";
		}
		int shown = year != null && years.contains(year) ? year : years.get(years.size() - 1);
		Comparison comparison = indicators.compareWithParents(area.get(), shown);
		model.addAttribute("year", shown);
		model.addAttribute("comparison", comparison);
		model.addAttribute("topics", rows(comparison, locale));
		model.addAttribute("series", series(area.get(), years, locale));
		model.addAttribute("seriesDefinitions", SERIES.stream().map(id -> indicators.catalogue().get(id)).toList());
		PeerGroup peers = indicators.peers(area.get(), shown, PEERS);
		model.addAttribute("peers", peers);
		model.addAttribute("peerRows", peerRows(peers, locale));
		model.addAttribute("peerFeatures", peers.features().stream().map(id -> indicators.catalogue().get(id))
			.toList());
		model.addAttribute("locale", locale);
		return "indicators/kommune";
	}

	@GetMapping("/kommunen/{kommuneId}/indikatoren/{indicatorId}")
	@Requires(Permission.KOMMUNE_VIEW)
	String showIndicatorSeries(@PathVariable KommuneId kommuneId, @PathVariable String indicatorId, Model model,
			Locale locale) {
		Kommune kommune = kommunen.get(kommuneId);
		IndicatorDefinition definition = indicators.catalogue().get(indicatorId);
		model.addAttribute("kommune", kommune);
		model.addAttribute("definition", definition);
		Optional<String> area = indicators.areaOf(kommuneId);
		Optional<Integer> latest = area.flatMap(indicators::latestYear);
		model.addAttribute("area", area.orElse(null));
		if (area.isEmpty() || latest.isEmpty()) {
			model.addAttribute("rows", List.of());
			return "indicators/series";
		}
		model.addAttribute("comparison", indicators.compareWithParents(area.get(), latest.get()));
		List<SeriesRow> rows = new ArrayList<>();
		for (SeriesComparison.Row row : indicators.seriesWithParents(area.get(), indicatorId)) {
			List<String> values = new ArrayList<>();
			values.add(row.value() == null ? NONE : format(row.value().value(), definition.unit(), locale));
			row.others().forEach(v -> values.add(v == null ? NONE : format(v.value(), definition.unit(), locale)));
			rows.add(new SeriesRow(row.year(), values));
		}
		java.util.Collections.reverse(rows);
		model.addAttribute("rows", rows);
		return "indicators/series";
	}

	// ------------------------------------------------------------------------------------------------ view model

	/** Definitions or rows of one topic. */
	record Topic<T>(String topic, List<T> rows) {
	}

	/** One indicator: the Kommune's value (or why not) and the values of the areas compared with. */
	record Row(IndicatorDefinition definition, String name, String value, @Nullable String reason,
			@Nullable String calculation, List<String> others) {
	}

	/** One year of the time series. */
	record SeriesRow(int year, List<String> values) {
	}

	/** One peer with its feature values. */
	record PeerRow(String name, String key, String distance, List<String> values) {
	}

	private List<Topic<Row>> rows(Comparison comparison, Locale locale) {
		List<Topic<Row>> topics = new ArrayList<>();
		for (String topic : indicators.catalogue().topics()) {
			List<Row> rows = new ArrayList<>();
			for (IndicatorDefinition d : indicators.catalogue().all()) {
				if (!d.topic().equals(topic)) {
					continue;
				}
				Indicators own = comparison.subject().indicators();
				Optional<IndicatorValue> value = own.value(d.id());
				String reason = own.reason(d.id()).map(n -> reason(n, locale)).orElse(null);
				List<String> others = comparison.others().stream()
					.map(c -> c.value(d.id()).map(v -> format(v.value(), d.unit(), locale)).orElse(NONE))
					.toList();
				rows.add(new Row(d, d.name(locale), value.map(v -> format(v.value(), d.unit(), locale)).orElse(NONE),
						reason, value.map(IndicatorValue::calculation).orElse(null), others));
			}
			topics.add(new Topic<>(topic, rows));
		}
		return topics;
	}

	private List<SeriesRow> series(String area, List<Integer> years, Locale locale) {
		List<SeriesRow> rows = new ArrayList<>();
		for (int year : newestFirst(years)) {
			Indicators values = indicators.compute(area, year);
			rows.add(new SeriesRow(year, SERIES.stream()
				.map(id -> values.value(id)
					.map(v -> format(v.value(), indicators.catalogue().get(id).unit(), locale))
					.orElse(NONE))
				.toList()));
		}
		return rows;
	}

	private List<PeerRow> peerRows(PeerGroup peers, Locale locale) {
		NumberFormat distance = NumberFormat.getNumberInstance(locale);
		distance.setMinimumFractionDigits(2);
		distance.setMaximumFractionDigits(2);
		return peers.peers().stream()
			.map(p -> new PeerRow(p.name(), p.key(), distance.format(p.distance()), peers.features().stream()
				.map(id -> p.indicators().value(id)
					.map(v -> format(v.value(), indicators.catalogue().get(id).unit(), locale))
					.orElse(NONE))
				.toList()))
			.toList();
	}

	private static final String NONE = "–";

	private static List<Integer> newestFirst(List<Integer> years) {
		List<Integer> copy = new ArrayList<>(years);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private String reason(NotComputable n, Locale locale) {
		return messages.getMessage("indicators.reason." + n.reason(), new Object[] { n.detail() }, n.describe(),
				locale);
	}

	/** German (or the request's) number format; decimals by unit. */
	static String format(double value, String unit, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int decimals = switch (unit) {
			case "persons" -> 0;
			case "children_per_woman" -> 2;
			default -> 1;
		};
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}
}
