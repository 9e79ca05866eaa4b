package de.daks.network.web;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.Membership;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.identity.UserManagement;
import de.daks.network.EventKind;
import de.daks.network.Events;
import de.daks.network.ICalendar;
import de.daks.network.NetworkEvent;
import de.daks.network.Registration;
import de.daks.shared.web.Downloads;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Events: public list and pages with calendar file; registration; the office's planning, attendance, materials. */
@Controller
class EventController {

	private final Events events;

	private final Authorization authorization;

	private final UserManagement users;

	private final KommuneManagement kommunen;

	private final Clock clock;

	private final String baseUrl;

	EventController(Events events, Authorization authorization, UserManagement users, KommuneManagement kommunen,
			Clock clock, @Value("${daks.base-url}") String baseUrl) {
		this.events = events;
		this.authorization = authorization;
		this.users = users;
		this.kommunen = kommunen;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/veranstaltungen")
	@Requires(Permission.PUBLIC)
	String showEvents(Model model) {
		model.addAttribute("upcoming", events.upcoming());
		model.addAttribute("past", events.past());
		model.addAttribute("zone", Events.ZONE);
		model.addAttribute("canManage", authorization.isAllowed(Permission.PROGRAMME_MANAGE, null));
		model.addAttribute("canView", authorization.isAllowed(Permission.PROGRAMME_VIEW, null));
		return "network/events";
	}

	@GetMapping("/veranstaltungen/{id}")
	@Requires(Permission.PUBLIC)
	String showEvent(@PathVariable UUID id, Model model) {
		NetworkEvent event = events.get(id);
		List<Registration> registrations = events.registrations(id);
		DaksPrincipal user = Authorization.currentUser();
		model.addAttribute("event", event);
		model.addAttribute("zone", Events.ZONE);
		model.addAttribute("over", !event.endsAt().isAfter(clock.instant()));
		model.addAttribute("taken", registrations.stream()
			.filter(r -> r.status() == Registration.Status.REGISTERED).count());
		model.addAttribute("waiting", registrations.stream()
			.filter(r -> r.status() == Registration.Status.WAITING).count());
		model.addAttribute("signedIn", user != null);
		model.addAttribute("mine", user == null ? null
				: events.registrationOf(id, user.id().value()).filter(r -> r.status() != Registration.Status.CANCELLED)
					.orElse(null));
		model.addAttribute("kommunen", user == null ? List.of() : kommunenOf(user));
		model.addAttribute("canManage", authorization.isAllowed(Permission.PROGRAMME_MANAGE, null));
		return "network/event";
	}

	@GetMapping("/veranstaltungen/{id}/kalender.ics")
	@Requires(Permission.PUBLIC)
	ResponseEntity<byte[]> exportCalendar(@PathVariable UUID id) {
		NetworkEvent event = events.get(id);
		byte[] body = ICalendar.of(event, baseUrl + "/veranstaltungen/" + id, clock.instant())
			.getBytes(StandardCharsets.UTF_8);
		return Downloads.attachment(body, new MediaType("text", "calendar", StandardCharsets.UTF_8),
				"veranstaltung-" + id + ".ics");
	}

	@PostMapping("/veranstaltungen/{id}/anmeldung")
	@Requires(Permission.SIGNED_IN)
	String processRegistration(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID kommune,
			RedirectAttributes redirect) {
		DaksPrincipal user = Objects.requireNonNull(Authorization.currentUser());
		KommuneId chosen = null;
		if (kommune != null) {
			chosen = kommunenOf(user).stream().map(Kommune::id).filter(k -> k.value().equals(kommune)).findFirst()
				.orElse(null);
			if (chosen == null) {
				Flash.error(redirect, "network.event.kommune.invalid");
				return "redirect:/veranstaltungen/" + id;
			}
		}
		try {
			Registration r = events.register(id, user, chosen);
			Flash.success(redirect, r.status() == Registration.Status.REGISTERED ? "network.event.registered"
					: "network.event.waiting");
		}
		catch (IllegalStateException ex) {
			Flash.error(redirect, "network.event.over");
		}
		return "redirect:/veranstaltungen/" + id;
	}

	@PostMapping("/veranstaltungen/{id}/abmeldung")
	@Requires(Permission.SIGNED_IN)
	String processCancellation(@PathVariable UUID id, RedirectAttributes redirect) {
		events.cancel(id, Objects.requireNonNull(Authorization.currentUser()).id().value());
		Flash.success(redirect, "network.event.cancelled");
		return "redirect:/veranstaltungen/" + id;
	}

	@GetMapping("/veranstaltungen/neu")
	@Requires(Permission.PROGRAMME_MANAGE)
	String initEventForm(Model model) {
		model.addAttribute("eventForm", new EventForm());
		model.addAttribute("kinds", EventKind.values());
		return "network/event-form";
	}

	@PostMapping("/veranstaltungen/neu")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processEventForm(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getStartTime() != null && form.getEndTime() != null
				&& !form.getEndTime().isAfter(form.getStartTime())) {
			result.rejectValue("endTime", "network.event.form.endBeforeStart");
		}
		if (!form.getOnlineUrl().isBlank() && !form.getOnlineUrl().matches("(?i)https?://\\S+")) {
			result.rejectValue("onlineUrl", "network.event.form.url");
		}
		if (form.getLocation().isBlank() && form.getOnlineUrl().isBlank()) {
			result.rejectValue("location", "network.event.form.where");
		}
		if (result.hasErrors()) {
			model.addAttribute("kinds", EventKind.values());
			return "network/event-form";
		}
		LocalDate date = Objects.requireNonNull(form.getDate());
		Instant start = date.atTime(Objects.requireNonNull(form.getStartTime())).atZone(Events.ZONE).toInstant();
		Instant end = date.atTime(Objects.requireNonNull(form.getEndTime())).atZone(Events.ZONE).toInstant();
		NetworkEvent event = events.create(Objects.requireNonNull(form.getKind()), form.getTitle(),
				form.getDescription(), form.getProgramme(), form.getLocation(), form.getOnlineUrl(), start, end,
				form.getCapacity());
		Flash.success(redirect, "network.event.created");
		return "redirect:/veranstaltungen/" + event.id();
	}

	@GetMapping("/veranstaltungen/{id}/teilnahme")
	@Requires(Permission.PROGRAMME_MANAGE)
	String showAttendance(@PathVariable UUID id, Model model) {
		model.addAttribute("event", events.get(id));
		model.addAttribute("zone", Events.ZONE);
		model.addAttribute("registrations", events.registrations(id));
		List<Kommune> all = kommunen.findAll().stream()
			.sorted(java.util.Comparator.comparing(Kommune::name)).toList();
		model.addAttribute("kommunen", all);
		model.addAttribute("kommuneNames", all.stream()
			.collect(java.util.stream.Collectors.toMap(k -> k.id().value(), Kommune::name, (a, b) -> a)));
		return "network/attendance";
	}

	/**
	 * Saves who attended and, per registration ({@code kommune-<id>}), the Kommune it counts for; a Kommune must exist,
	 * empty means none.
	 */
	@PostMapping("/veranstaltungen/{id}/teilnahme")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processAttendance(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> attended,
			@RequestParam java.util.Map<String, String> params, RedirectAttributes redirect) {
		java.util.Map<UUID, java.util.Optional<KommuneId>> counted = new java.util.HashMap<>();
		java.util.Set<UUID> existing = kommunen.findAll().stream().map(k -> k.id().value())
			.collect(java.util.stream.Collectors.toSet());
		for (var param : params.entrySet()) {
			if (param.getKey().startsWith("kommune-")) {
				try {
					UUID registration = UUID.fromString(param.getKey().substring("kommune-".length()));
					UUID kommune = param.getValue().isBlank() ? null : UUID.fromString(param.getValue());
					if (kommune != null && !existing.contains(kommune)) {
						throw new IllegalArgumentException("unknown Kommune");
					}
					counted.put(registration, java.util.Optional.ofNullable(kommune).map(KommuneId::new));
				}
				catch (IllegalArgumentException ex) {
					Flash.error(redirect, "network.attendance.kommuneInvalid");
					return "redirect:/veranstaltungen/" + id + "/teilnahme";
				}
			}
		}
		events.recordAttendance(id, attended == null ? List.of() : attended, counted);
		Flash.success(redirect, "network.event.attendanceSaved");
		return "redirect:/veranstaltungen/" + id + "/teilnahme";
	}

	/** Adds someone who attended without registering, for a Kommune. */
	@PostMapping("/veranstaltungen/{id}/teilnahme/nachtrag")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processAttendee(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable UUID kommune, RedirectAttributes redirect) {
		events.get(id);
		if (name.isBlank() || name.strip().length() > 200) {
			Flash.error(redirect, "network.attendance.nameInvalid");
		}
		else if (kommune == null || kommunen.find(new KommuneId(kommune)).isEmpty()) {
			Flash.error(redirect, "network.attendance.kommuneMissing");
		}
		else {
			events.addAttendee(id, name, new KommuneId(kommune));
			Flash.success(redirect, "network.attendance.added");
		}
		return "redirect:/veranstaltungen/" + id + "/teilnahme";
	}

	@PostMapping("/veranstaltungen/{id}/material")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processMaterials(@PathVariable UUID id, @RequestParam(defaultValue = "") String materials,
			RedirectAttributes redirect) {
		if (materials.length() > 8000) {
			Flash.error(redirect, "network.event.materials.tooLong");
		}
		else {
			events.setMaterials(id, materials);
			Flash.success(redirect, "network.event.materials.saved");
		}
		return "redirect:/veranstaltungen/" + id;
	}

	@GetMapping("/veranstaltungen/pflichttermine")
	@Requires(Permission.PROGRAMME_VIEW)
	String showObligations(@RequestParam(required = false) @Nullable Integer jahr,
			@RequestParam(defaultValue = "false") boolean rueckstand, Model model) {
		int year = jahr == null || jahr < 2000 || jahr > 2100 ? LocalDate.now(clock.withZone(Events.ZONE)).getYear()
				: jahr;
		List<Events.Obligation> all = events.obligations(year, kommunen.findAll());
		model.addAttribute("year", year);
		model.addAttribute("required", Events.MEETINGS_PER_YEAR);
		model.addAttribute("zone", Events.ZONE);
		model.addAttribute("onlyShort", rueckstand);
		model.addAttribute("total", all.size());
		model.addAttribute("fulfilledCount", all.stream().filter(Events.Obligation::fulfilled).count());
		model.addAttribute("atRiskCount", all.stream().filter(Events.Obligation::atRisk).count());
		model.addAttribute("obligations", rueckstand ? all.stream().filter(o -> !o.fulfilled()).toList() : all);
		return "network/obligations";
	}

	private List<Kommune> kommunenOf(DaksPrincipal user) {
		List<KommuneId> ids = users.membershipsOf(user.id()).stream()
			.filter(m -> m.role() == KommuneRole.KOORDINATION || m.role() == KommuneRole.MITGLIED)
			.map(Membership::kommune).distinct().toList();
		return ids.isEmpty() ? List.of() : kommunen.findAll(ids);
	}
}
