package de.daks.identity;

import de.daks.shared.KommuneId;
import de.daks.shared.audit.AuditLog;
import de.daks.shared.audit.AuditLog.AuditEvent;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log: everything for the Geschäftsstelle, a Kommune's own entries for its coordinator. */
@Controller
class AuditController {

	/** How many matching entries a page shows. */
	static final int SHOWN = 200;

	/** DAKS serves German municipalities: times are shown in their zone, whatever the server's zone is. */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final AuditLog auditLog;

	private final KommuneNames kommunen;

	AuditController(AuditLog auditLog, KommuneNames kommunen) {
		this.auditLog = auditLog;
		this.kommunen = kommunen;
	}

	@GetMapping("/admin/audit")
	@Requires(Permission.USER_ADMIN)
	String showAuditLog(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String kommune, Model model) {
		KommuneId kommuneFilter = parse(kommune);
		if (kommune != null && !kommune.isBlank() && kommuneFilter == null) {
			model.addAttribute("kommuneInvalid", true);
		}
		model.addAttribute("kommunen", kommunen.all());
		return show(kommuneFilter, actor, action, model, null);
	}

	@GetMapping("/kommunen/{kommuneId}/audit")
	@Requires(Permission.KOMMUNE_MANAGE)
	String showKommuneAuditLog(@PathVariable KommuneId kommuneId,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action, Model model) {
		return show(kommuneId, actor, action, model, kommuneId);
	}

	private String show(@Nullable KommuneId kommune, @Nullable String actor, @Nullable String action, Model model,
			@Nullable KommuneId scope) {
		List<AuditRow> events = auditLog.search(kommune, actor, action, SHOWN).stream()
			.map(e -> new AuditRow(e, LocalDateTime.ofInstant(e.occurredAt(), ZONE)))
			.toList();
		model.addAttribute("events", events);
		model.addAttribute("actor", actor == null ? "" : actor);
		model.addAttribute("action", action == null ? "" : action);
		model.addAttribute("kommune", kommune == null ? "" : kommune.toString());
		model.addAttribute("scopeId", scope == null ? null : scope.toString());
		model.addAttribute("scopeName", scope == null ? null : kommunen.nameOf(scope));
		model.addAttribute("names", new KommuneNameLookup(kommunen));
		return "identity/audit";
	}

	/** An entry with its time in German local time, for display. */
	record AuditRow(AuditEvent event, LocalDateTime time) {
	}

	/** For the template: the name of a Kommune column entry. */
	record KommuneNameLookup(KommuneNames names) {

		public String of(@Nullable KommuneId id) {
			return id == null ? "" : names.nameOf(id);
		}
	}

	private static @Nullable KommuneId parse(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new KommuneId(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
