package de.daks.plan.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.plan.Measure;
import de.daks.plan.MeasureUpdate;
import de.daks.plan.PlanData;
import de.daks.plan.PlanVersion;
import de.daks.plan.Plans;
import de.daks.plan.Snapshot;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public accountability page of a Kommune: the latest published version with today's status and progress per
 * field and measure, the timeline of updates (without names), and what became of the workshop's ideas.
 */
@Controller
class PublicPlanController {

	private final Plans plans;

	private final KommuneManagement kommunen;

	PublicPlanController(Plans plans, KommuneManagement kommunen) {
		this.plans = plans;
		this.kommunen = kommunen;
	}

	/** A photo of an update, only of a measure in the latest published version. */
	@GetMapping("/werkstattplaene/{kommuneId}/fotos/{photoId}")
	@Requires(Permission.PUBLIC)
	org.springframework.http.ResponseEntity<byte[]> photo(@PathVariable KommuneId kommuneId,
			@PathVariable long photoId) throws java.io.IOException {
		return PlanController.photoResponse(plans.publicPhoto(kommuneId, photoId), true);
	}

	@GetMapping("/werkstattplaene/{kommuneId}")
	@Requires(Permission.PUBLIC)
	String accountability(@PathVariable KommuneId kommuneId, Model model) {
		model.addAttribute("kommune", kommunen.get(kommuneId));
		model.addAttribute("fmt", new PlanFormats());
		java.util.Optional<PlanVersion> latest = plans.latestVersion(kommuneId);
		if (latest.isEmpty()) {
			return "plan/public";
		}
		PlanVersion version = latest.get();
		PlanData draft = plans.draft(kommuneId);
		Map<String, Measure> live = draft.measures().stream()
			.collect(Collectors.toMap(m -> "M" + m.id(), Function.identity()));
		Map<String, Integer> fieldProgress = new HashMap<>();
		for (Snapshot.Item field : version.snapshot().itemsOf(Snapshot.Kind.FIELD)) {
			List<Measure> ms = version.snapshot().children(field.key(), Snapshot.Kind.MEASURE).stream()
				.map(i -> live.get(i.key())).filter(java.util.Objects::nonNull).toList();
			fieldProgress.put(field.key(), PlanData.progress(ms));
		}
		Set<Long> published = version.snapshot().itemsOf(Snapshot.Kind.MEASURE).stream()
			.map(i -> Long.valueOf(i.key().substring(1))).collect(Collectors.toSet());
		List<MeasureUpdate> updates = plans.latestUpdates(kommuneId, 200).stream()
			.filter(u -> published.contains(u.measureId()) && !u.text().isBlank()).limit(30).toList();
		model.addAttribute("photoBase", "/werkstattplaene/" + kommuneId + "/fotos/");
		model.addAttribute("version", version);
		model.addAttribute("snapshot", version.snapshot());
		model.addAttribute("live", live);
		model.addAttribute("fieldProgress", fieldProgress);
		model.addAttribute("updates", updates);
		model.addAttribute("titles", version.snapshot().byKey());
		List<de.daks.plan.Proposal> proposals = plans.proposals(kommuneId);
		Map<Long, Measure> outcomes = new HashMap<>();
		for (de.daks.plan.Proposal p : proposals) {
			for (de.daks.plan.Proposal.ProposedMeasure m : p.measures()) {
				if (m.adoptedMeasureId() != null && published.contains(m.adoptedMeasureId())
						&& live.containsKey("M" + m.adoptedMeasureId())) {
					outcomes.put(m.id(), live.get("M" + m.adoptedMeasureId()));
				}
			}
		}
		model.addAttribute("proposals", proposals);
		model.addAttribute("outcomes", outcomes);
		model.addAttribute("published", published);
		model.addAttribute("zone", Plans.ZONE);
		return "plan/public";
	}
}
