package de.daks.profile.web;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.indicators.IndicatorDefinition;
import de.daks.indicators.IndicatorService;
import de.daks.indicators.IndicatorValue;
import de.daks.indicators.Indicators;
import de.daks.shared.KommuneId;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every profile page needs: the Kommune (404 if unknown), the user's rights, the indicators to link to. */
@Component
class ProfileWebSupport {

	/** Times are shown as German local time. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private static final Logger log = LoggerFactory.getLogger(ProfileWebSupport.class);

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	private final IndicatorService indicators;

	private final MessageSource messages;

	ProfileWebSupport(KommuneManagement kommunen, Authorization authorization, IndicatorService indicators,
			MessageSource messages) {
		this.kommunen = kommunen;
		this.authorization = authorization;
		this.indicators = indicators;
		this.messages = messages;
	}

	/** Loads the Kommune and puts it and the user's rights into the model. */
	Kommune kommune(KommuneId id, Model model) {
		Kommune kommune = kommunen.get(id);
		model.addAttribute("kommune", kommune);
		model.addAttribute("zone", ZONE);
		model.addAttribute("canEdit", authorization.isAllowed(Permission.KOMMUNE_EDIT, id));
		return kommune;
	}

	void requireKommune(KommuneId id) {
		kommunen.get(id);
	}

	/**
	 * The model of {@code profile/edit}: title message key, the form's model attribute, its fields fragment, and the
	 * section path below {@code /profil/} (the form posts to {@code <section>/<id>}, cancel returns to the section).
	 */
	static void editPage(Model model, String titleKey, String formName, String fields, String section, long id) {
		model.addAttribute("editTitle", titleKey);
		model.addAttribute("formName", formName);
		model.addAttribute("fields", fields);
		model.addAttribute("action", section + "/" + id);
		model.addAttribute("cancel", section);
	}

	/** The catalogue in display order: id → name in the locale. */
	Map<String, String> indicatorNames(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		indicators.catalogue().all().forEach(d -> names.put(d.id(), d.name(locale)));
		return names;
	}

	boolean isIndicator(String id) {
		return indicators.catalogue().find(id).isPresent();
	}

	/**
	 * The chip texts of the indicators: name and, where computable for the Kommune's area in its latest year, the
	 * value with unit and year, e.g. {@code Altenquotient: 41,3 je 100 (2024)}.
	 */
	Map<String, String> indicatorChips(KommuneId kommune, List<String> ids, Locale locale) {
		Map<String, String> chips = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return chips;
		}
		Indicators values = latest(kommune);
		for (String id : ids) {
			Optional<IndicatorDefinition> definition = indicators.catalogue().find(id);
			if (definition.isEmpty()) {
				chips.put(id, id);
				continue;
			}
			String name = definition.get().name(locale);
			Optional<IndicatorValue> value = values == null ? Optional.empty() : values.value(id);
			chips.put(id, value.map(v -> name + ": " + format(v.value(), v.unit(), locale) + " "
					+ messages.getMessage("indicators.unit." + v.unit(), null, v.unit(), locale) + " ("
					+ v.year() + ")").orElse(name));
		}
		return chips;
	}

	private @Nullable Indicators latest(KommuneId kommune) {
		try {
			Optional<String> area = indicators.areaOf(kommune);
			if (area.isEmpty()) {
				return null;
			}
			Optional<Integer> year = indicators.latestYear(area.get());
			return year.isEmpty() ? null : indicators.compute(area.get(), year.get());
		}
		catch (RuntimeException ex) {
			log.warn("Indicators of Kommune {} not computable for the SWOT board: {}", kommune, ex.toString());
			return null;
		}
	}

	/** Decimals by unit, as the indicator table shows them. */
	static String format(double value, String unit, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int decimals = "persons".equals(unit) ? 0 : "children_per_woman".equals(unit) ? 2 : 1;
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}
}
