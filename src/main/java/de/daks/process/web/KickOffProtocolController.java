package de.daks.process.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.process.AgendaItemId;
import de.daks.process.KickOffManagement;
import de.daks.process.NextStepId;
import de.daks.shared.KommuneId;
import de.daks.shared.web.Flash;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Kick-Off meeting: agenda, minutes and the next steps agreed there. */
@Controller
class KickOffProtocolController {

	private static final String PATH = "/kommunen/{kommuneId}/kick-off/protokoll";

	private final KickOffManagement kickOff;

	private final ProcessWebSupport support;

	KickOffProtocolController(KickOffManagement kickOff, ProcessWebSupport support) {
		this.kickOff = kickOff;
		this.support = support;
	}

	@GetMapping(PATH)
	@Requires(Permission.KOMMUNE_VIEW)
	String showProtocol(@PathVariable KommuneId kommuneId, Model model) {
		return page(kommuneId, model);
	}

	@PostMapping(PATH + "/tagesordnung")
	@Requires(Permission.KOMMUNE_EDIT)
	String processAgendaItemCreationForm(@PathVariable KommuneId kommuneId,
			@Valid @ModelAttribute("agendaItemForm") AgendaItemForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		if (result.hasErrors()) {
			return page(kommuneId, model);
		}
		kickOff.addAgendaItem(kommuneId, form.getTime(), String.valueOf(form.getTopic()), form.getResponsible());
		Flash.success(redirect, "process.agenda.added");
		return redirect(kommuneId, "tagesordnung");
	}

	@PostMapping(PATH + "/tagesordnung/{agendaItemId}/verschieben")
	@Requires(Permission.KOMMUNE_EDIT)
	String processAgendaItemMove(@PathVariable KommuneId kommuneId, @PathVariable AgendaItemId agendaItemId,
			@RequestParam(defaultValue = "up") String direction, RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		kickOff.moveAgendaItem(kommuneId, agendaItemId, !"down".equals(direction));
		Flash.success(redirect, "process.agenda.moved");
		return redirect(kommuneId, "tagesordnung");
	}

	@PostMapping(PATH + "/tagesordnung/{agendaItemId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String processAgendaItemDeletion(@PathVariable KommuneId kommuneId, @PathVariable AgendaItemId agendaItemId,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		kickOff.deleteAgendaItem(kommuneId, agendaItemId);
		Flash.success(redirect, "process.agenda.deleted");
		return redirect(kommuneId, "tagesordnung");
	}

	@PostMapping(PATH + "/niederschrift")
	@Requires(Permission.KOMMUNE_EDIT)
	String processMinutesForm(@PathVariable KommuneId kommuneId,
			@Valid @ModelAttribute("minutesForm") MinutesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		if (result.hasErrors()) {
			return page(kommuneId, model);
		}
		kickOff.saveMinutes(kommuneId, form.toMinutes());
		Flash.success(redirect, "process.minutes.saved");
		return redirect(kommuneId, "niederschrift");
	}

	@PostMapping(PATH + "/naechste-schritte")
	@Requires(Permission.KOMMUNE_EDIT)
	String processNextStepCreationForm(@PathVariable KommuneId kommuneId,
			@Valid @ModelAttribute("nextStepForm") NextStepForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		if (result.hasErrors()) {
			return page(kommuneId, model);
		}
		kickOff.addNextStep(kommuneId, String.valueOf(form.getWhat()), form.getWho(), form.getDue());
		Flash.success(redirect, "process.nextstep.added");
		return redirect(kommuneId, "naechste-schritte");
	}

	@PostMapping(PATH + "/naechste-schritte/{nextStepId}")
	@Requires(Permission.KOMMUNE_EDIT)
	String processNextStepMark(@PathVariable KommuneId kommuneId, @PathVariable NextStepId nextStepId,
			@RequestParam(defaultValue = "true") boolean done, RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		kickOff.markNextStep(kommuneId, nextStepId, done);
		Flash.success(redirect, "process.nextstep.marked");
		return redirect(kommuneId, "naechste-schritte");
	}

	@PostMapping(PATH + "/naechste-schritte/{nextStepId}/loeschen")
	@Requires(Permission.KOMMUNE_EDIT)
	String processNextStepDeletion(@PathVariable KommuneId kommuneId, @PathVariable NextStepId nextStepId,
			RedirectAttributes redirect) {
		support.requireKommune(kommuneId);
		kickOff.deleteNextStep(kommuneId, nextStepId);
		Flash.success(redirect, "process.nextstep.deleted");
		return redirect(kommuneId, "naechste-schritte");
	}

	private String page(KommuneId kommuneId, Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("agenda", kickOff.agenda(kommuneId));
		model.addAttribute("minutes", kickOff.minutes(kommuneId).orElse(null));
		model.addAttribute("nextSteps", kickOff.nextSteps(kommuneId));
		if (!model.containsAttribute("agendaItemForm")) {
			model.addAttribute("agendaItemForm", new AgendaItemForm());
		}
		if (!model.containsAttribute("minutesForm")) {
			model.addAttribute("minutesForm",
					kickOff.minutes(kommuneId).map(MinutesForm::of).orElseGet(MinutesForm::new));
		}
		if (!model.containsAttribute("nextStepForm")) {
			model.addAttribute("nextStepForm", new NextStepForm());
		}
		return "process/protocol";
	}

	private static String redirect(KommuneId kommuneId, String anchor) {
		return "redirect:/kommunen/" + kommuneId + "/kick-off/protokoll#" + anchor;
	}
}
