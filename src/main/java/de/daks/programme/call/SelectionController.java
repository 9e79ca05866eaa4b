package de.daks.programme.call;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.programme.ProgrammeManagement;
import de.daks.programme.selection.Candidate;
import de.daks.programme.selection.SelectionInfeasibleException;
import de.daks.programme.selection.SelectionOptimiser;
import de.daks.programme.selection.SelectionProposal;
import de.daks.programme.selection.SelectionTargets;
import de.daks.shared.web.Flash;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The selection page: the office sets places and diversity targets (a GET form, so every proposal has an address),
 * includes or excludes applications by hand, sees the optimal proposal with the cost of each target, and decides.
 */
@Controller
class SelectionController {

	private final CallManagement calls;

	private final ProgrammeManagement programmes;

	private final SelectionOptimiser optimiser = new SelectionOptimiser();

	SelectionController(CallManagement calls, ProgrammeManagement programmes) {
		this.calls = calls;
		this.programmes = programmes;
	}

	@GetMapping("/ausschreibungen/{callId}/auswahl")
	@Requires(Permission.PROGRAMME_MANAGE)
	String showSelection(@PathVariable UUID callId, @ModelAttribute("targets") SelectionForm form, Model model) {
		Call call = calls.getCall(new CallId(callId));
		List<Candidate> candidates = calls.candidates(call.id());
		model.addAttribute("call", call);
		model.addAttribute("programme", programmes.get(call.programme()));
		Map<String, Candidate> byId = new LinkedHashMap<>();
		candidates.stream().sorted((a, b) -> b.score().compareTo(a.score())).forEach(c -> byId.put(c.id(), c));
		model.addAttribute("candidates", byId);
		if (form.getPlaces() == null) {
			form.setPlaces(Math.min(40, Math.max(1, candidates.size())));
		}
		if (!form.isRun()) {
			return "programme/selection";
		}
		if (form.getPlaces() < 1 || form.getPlaces() > 10_000 || outOfRange(form)) {
			model.addAttribute("formError", "programme.selection.badTargets");
			return "programme/selection";
		}
		Set<String> include = new HashSet<>(form.getInclude());
		include.retainAll(byId.keySet());
		Set<String> exclude = new HashSet<>(form.getExclude());
		exclude.retainAll(byId.keySet());
		exclude.removeAll(include);
		try {
			SelectionProposal proposal = optimiser.propose(candidates,
					new SelectionTargets(form.getPlaces(), form.isEveryLand(), form.getMinPerType(),
							form.getMinPerSizeClass(), form.getGrwPercent(), form.getShrinkingPercent()),
					include, exclude);
			model.addAttribute("proposal", proposal);
			model.addAttribute("selectedSet", Set.copyOf(proposal.selected()));
		}
		catch (SelectionInfeasibleException ex) {
			model.addAttribute("problems", ex.problems());
		}
		return "programme/selection";
	}

	@PostMapping("/ausschreibungen/{callId}/auswahl")
	@Requires(Permission.PROGRAMME_MANAGE)
	String decide(@PathVariable UUID callId, @RequestParam(defaultValue = "") List<UUID> selected,
			RedirectAttributes redirect) {
		CallId id = new CallId(callId);
		calls.getCall(id);
		if (selected.isEmpty()) {
			Flash.error(redirect, "programme.selection.nothingSelected");
			return "redirect:/ausschreibungen/" + id + "/auswahl";
		}
		try {
			calls.decide(id, selected.stream().map(ApplicationId::new).collect(Collectors.toSet()));
		}
		catch (IllegalArgumentException ex) {
			Flash.error(redirect, "programme.selection.notEligible");
			return "redirect:/ausschreibungen/" + id + "/auswahl";
		}
		Flash.success(redirect, "programme.selection.decided");
		return "redirect:/ausschreibungen/" + id + "/bewerbungen";
	}

	private static boolean outOfRange(SelectionForm f) {
		return f.getMinPerType() < 0 || f.getMinPerType() > 1000 || f.getMinPerSizeClass() < 0
				|| f.getMinPerSizeClass() > 1000 || f.getGrwPercent() < 0 || f.getGrwPercent() > 100
				|| f.getShrinkingPercent() < 0 || f.getShrinkingPercent() > 100;
	}
}
