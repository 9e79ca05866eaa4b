package de.daks.workshop.web;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.reporting.DocumentRenderer;
import de.daks.reporting.ReportDocument;
import de.daks.shared.web.Downloads;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import de.daks.territory.Kommune;
import de.daks.workshop.Board;
import de.daks.workshop.Card;
import de.daks.workshop.CardOrigin;
import de.daks.workshop.Phase;
import de.daks.workshop.Registration;
import de.daks.workshop.Registrations;
import de.daks.workshop.VoteSession;
import de.daks.workshop.Workshop;
import de.daks.workshop.WorkshopException;
import de.daks.workshop.WorkshopFormat;
import de.daks.workshop.WorkshopSamples;
import de.daks.workshop.Workshops;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's and the moderation's side of the Zukunftswerkstatt: the workshops of a Kommune, the board of each phase
 * with all cards (also hidden ones, with the reason), clusters, dot voting, realisation, projector and print view.
 */
@Controller
class WorkshopController {

	private static final String PATH = "/kommunen/{kommuneId}/zukunftswerkstatt";

	private static final String ONE = PATH + "/{workshopId}";

	private final Workshops workshops;

	private final WorkshopWebSupport support;

	private final WorkshopDocuments documents;

	private final DocumentRenderer renderer;

	private final Registrations registrations;

	private final WorkshopPhotos photos;

	private final WorkshopSamples samples;

	WorkshopController(Workshops workshops, WorkshopWebSupport support, WorkshopDocuments documents,
			DocumentRenderer renderer, Registrations registrations, WorkshopPhotos photos, WorkshopSamples samples) {
		this.samples = samples;
		this.photos = photos;
		this.registrations = registrations;
		this.workshops = workshops;
		this.support = support;
		this.documents = documents;
		this.renderer = renderer;
	}

	@GetMapping(PATH)
	@Requires(Permission.KOMMUNE_VIEW)
	String list(@PathVariable KommuneId kommuneId, Model model) {
		return listPage(kommuneId, new WorkshopForm(), model);
	}

	@PostMapping(PATH)
	@Requires(Permission.WORKSHOP_MODERATE)
	String create(@PathVariable KommuneId kommuneId, @Valid @ModelAttribute("workshopForm") WorkshopForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		support.kommune(kommuneId, model);
		form.validate(result);
		if (result.hasErrors()) {
			return listPage(kommuneId, form, model);
		}
		Workshop workshop = workshops.create(kommuneId, form.toPlan());
		Flash.success(redirect, "workshop.created");
		return "redirect:/kommunen/" + kommuneId + "/zukunftswerkstatt/" + workshop.id();
	}

	private String listPage(KommuneId kommuneId, WorkshopForm form, Model model) {
		support.kommune(kommuneId, model);
		model.addAttribute("workshops", workshops.list(kommuneId));
		model.addAttribute("formats", WorkshopFormat.values());
		model.addAttribute("workshopForm", form);
		return "workshop/list";
	}

	@GetMapping(ONE)
	@Requires(Permission.KOMMUNE_VIEW)
	String board(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			@RequestParam(required = false) @Nullable Phase phase, Model model, Locale locale) {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		Phase shown = phase == null ? workshop.phase() : phase;
		Board board = workshops.board(workshop, shown, true);
		model.addAttribute("board", board);
		model.addAttribute("allCards", board.cards().values().stream().flatMap(List::stream).toList());
		model.addAttribute("sessions", workshops.sessions(workshop).stream().filter(s -> s.phase() == shown).toList());
		model.addAttribute("results", support.shownResults(workshop, shown));
		model.addAttribute("fields", workshops.fields(workshop));
		model.addAttribute("allClusters", workshops.clusters(workshop));
		model.addAttribute("origins", List.of(CardOrigin.MODERATOR, CardOrigin.PAPER));
		model.addAttribute("swot", support.swotInput(kommuneId));
		model.addAttribute("photos", photos.all(workshop, locale));
		List<Registration> list = registrations.list(workshop);
		model.addAttribute("registrations", list);
		model.addAttribute("registeredCount", list.stream().filter(r -> r.status() == Registration.Status.REGISTERED)
			.count());
		model.addAttribute("waitingCount", list.stream().filter(r -> r.status() == Registration.Status.WAITING)
			.count());
		model.addAttribute("capacity", registrations.capacity(workshop));
		model.addAttribute("personalDataDeletion", samples.deletionDate(workshop));
		support.joinInfo(workshop, model);
		return "workshop/board";
	}

	@PostMapping(ONE + "/phase")
	@Requires(Permission.WORKSHOP_MODERATE)
	String phase(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @RequestParam Phase phase,
			@RequestParam(required = false) @Nullable Integer minutes, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		workshops.setPhase(workshop, phase, minutes);
		Flash.success(redirect, "workshop.phase.changed");
		return back(kommuneId, workshopId, phase);
	}

	@PostMapping(ONE + "/phase/offen")
	@Requires(Permission.WORKSHOP_MODERATE)
	String postingOpen(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @RequestParam Phase phase,
			@RequestParam(defaultValue = "false") boolean open, RedirectAttributes redirect) {
		workshops.setPostingOpen(workshops.get(kommuneId, workshopId), phase, open);
		Flash.success(redirect, open ? "workshop.posting.opened" : "workshop.posting.closed");
		return back(kommuneId, workshopId, phase);
	}

	@PostMapping(ONE + "/karten")
	@Requires(Permission.WORKSHOP_MODERATE)
	String postCard(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @RequestParam Phase phase,
			@RequestParam(defaultValue = "0") int column, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "MODERATOR") CardOrigin origin, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		return act(redirect, kommuneId, workshopId, phase, "workshop.card.added",
				w -> workshops.postAsModerator(workshop, userId(), phase, column, text, origin));
	}

	@PostMapping(ONE + "/karten/{cardId}")
	@Requires(Permission.WORKSHOP_MODERATE)
	String editCard(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @PathVariable long cardId,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "0") int column,
			@RequestParam(required = false) @Nullable Long clusterId, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		Phase phase = phaseOf(workshop, cardId);
		return act(redirect, kommuneId, workshopId, phase, "workshop.card.changed",
				w -> workshops.updateCard(workshop, cardId, text, column, clusterId));
	}

	@PostMapping(ONE + "/karten/{cardId}/ausblenden")
	@Requires(Permission.WORKSHOP_MODERATE)
	String hideCard(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @PathVariable long cardId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		Phase phase = phaseOf(workshop, cardId);
		return act(redirect, kommuneId, workshopId, phase, "workshop.card.hidden",
				w -> workshops.hideCard(workshop, cardId, reason));
	}

	@PostMapping(ONE + "/karten/{cardId}/einblenden")
	@Requires(Permission.WORKSHOP_MODERATE)
	String unhideCard(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @PathVariable long cardId,
			RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		Phase phase = phaseOf(workshop, cardId);
		return act(redirect, kommuneId, workshopId, phase, "workshop.card.shown",
				w -> workshops.unhideCard(workshop, cardId));
	}

	@PostMapping(ONE + "/karten/{cardId}/zusammenfuehren")
	@Requires(Permission.WORKSHOP_MODERATE)
	String mergeCard(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @PathVariable long cardId,
			@RequestParam long into, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		Phase phase = phaseOf(workshop, cardId);
		return act(redirect, kommuneId, workshopId, phase, "workshop.card.merged",
				w -> workshops.mergeCard(workshop, cardId, into));
	}

	@PostMapping(ONE + "/cluster")
	@Requires(Permission.WORKSHOP_MODERATE)
	String cluster(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @RequestParam Phase phase,
			@RequestParam(defaultValue = "") String title,
			@RequestParam(name = "cardIds", required = false) @Nullable List<Long> cardIds, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		return act(redirect, kommuneId, workshopId, phase, "workshop.cluster.added",
				w -> workshops.addCluster(workshop, phase, title, cardIds == null ? List.of() : cardIds));
	}

	@PostMapping(ONE + "/abstimmungen")
	@Requires(Permission.WORKSHOP_MODERATE)
	String openSession(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @RequestParam Phase phase,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "3") int dots,
			@RequestParam(defaultValue = "false") boolean multiple, @RequestParam(defaultValue = "false") boolean visible,
			RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		return act(redirect, kommuneId, workshopId, phase, "workshop.vote.opened",
				w -> workshops.openSession(workshop, phase, title, dots, multiple, visible));
	}

	@PostMapping(ONE + "/abstimmungen/{sessionId}/schliessen")
	@Requires(Permission.WORKSHOP_MODERATE)
	String closeSession(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			@PathVariable long sessionId, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		VoteSession session = workshops.sessions(workshop).stream().filter(s -> s.id() == sessionId).findFirst()
			.orElseThrow(() -> new NotFoundException("Vote session " + sessionId));
		return act(redirect, kommuneId, workshopId, session.phase(), "workshop.vote.closedDone",
				w -> workshops.closeSession(workshop, sessionId));
	}

	@PostMapping(ONE + "/handlungsfelder")
	@Requires(Permission.WORKSHOP_MODERATE)
	String field(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @RequestParam long clusterId,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "1") int priority,
			RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		return act(redirect, kommuneId, workshopId, Phase.REALISATION, "workshop.field.added",
				w -> workshops.proposeField(workshop, clusterId, title, priority));
	}

	@PostMapping(ONE + "/massnahmen")
	@Requires(Permission.WORKSHOP_MODERATE)
	String measure(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @RequestParam long fieldId,
			@RequestParam(required = false) @Nullable Long cardId, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String kuemmerer, @RequestParam(defaultValue = "") String firstSteps,
			@RequestParam(defaultValue = "") String realityCheck, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		if (title.length() > 300 || kuemmerer.length() > 200 || firstSteps.length() > 2000
				|| realityCheck.length() > 2000) {
			Flash.error(redirect, "workshop.error.measureLong");
			return back(kommuneId, workshopId, Phase.REALISATION);
		}
		return act(redirect, kommuneId, workshopId, Phase.REALISATION, "workshop.measure.added",
				w -> workshops.proposeMeasure(workshop, fieldId, cardId, title, kuemmerer, firstSteps, realityCheck));
	}

	@PostMapping(ONE + "/uebergabe")
	@Requires(Permission.WORKSHOP_MODERATE)
	String handOver(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		return act(redirect, kommuneId, workshopId, Phase.REALISATION, "workshop.handedOver",
				w -> workshops.handOver(workshop));
	}

	@PostMapping(ONE + "/veroeffentlichen")
	@Requires(Permission.KOMMUNE_MANAGE)
	String publish(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, RedirectAttributes redirect) {
		workshops.publish(workshops.get(kommuneId, workshopId));
		Flash.success(redirect, "workshop.publish.done");
		return "redirect:/kommunen/" + kommuneId + "/zukunftswerkstatt/" + workshopId + "#veroeffentlichung";
	}

	@PostMapping(ONE + "/zurueckziehen")
	@Requires(Permission.KOMMUNE_MANAGE)
	String withdraw(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, RedirectAttributes redirect) {
		workshops.withdraw(workshops.get(kommuneId, workshopId));
		Flash.success(redirect, "workshop.publish.withdrawn");
		return "redirect:/kommunen/" + kommuneId + "/zukunftswerkstatt/" + workshopId + "#veroeffentlichung";
	}

	@GetMapping(ONE + "/beamer")
	@Requires(Permission.KOMMUNE_VIEW)
	String projector(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, Model model) {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		model.addAttribute("board", workshops.board(workshop, workshop.phase(), false));
		model.addAttribute("results", support.shownResults(workshop, workshop.phase()));
		support.joinInfo(workshop, model);
		return "workshop/projector";
	}

	@GetMapping(ONE + "/druck")
	@Requires(Permission.KOMMUNE_VIEW)
	String print(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, Model model) {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		model.addAttribute("boards", java.util.Arrays.stream(Phase.values())
			.map(p -> workshops.board(workshop, p, false)).toList());
		model.addAttribute("results", support.shownResults(workshop, null).stream()
			.filter(r -> !r.session().open()).toList());
		model.addAttribute("fields", workshops.fields(workshop));
		model.addAttribute("guestCount", workshops.guestCount(workshop));
		return "workshop/print";
	}

	@GetMapping(ONE + "/dokumentation.pdf")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> documentationPdf(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			Locale locale, Model model) {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		byte[] pdf = renderer.pdf(internalDocument(workshop, locale, model));
		return Downloads.attachment(pdf, DocumentRenderer.PDF_MEDIA_TYPE, WorkshopDocuments.fileName(workshop, "pdf"));
	}

	@GetMapping(ONE + "/dokumentation.docx")
	@Requires(Permission.KOMMUNE_VIEW)
	ResponseEntity<byte[]> documentationDocx(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			Locale locale, Model model) {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		byte[] docx = renderer.docx(internalDocument(workshop, locale, model));
		return Downloads.attachment(docx, DocumentRenderer.DOCX_MEDIA_TYPE, WorkshopDocuments.fileName(workshop, "docx"));
	}

	/** The team's documentation: every photo embedded, the other attachments by name. */
	private ReportDocument internalDocument(Workshop workshop, Locale locale, Model model) {
		List<WorkshopPhotos.Photo> all = photos.all(workshop, locale);
		return documents.document((Kommune) model.getAttribute("kommune"), workshop,
				all.stream().filter(p -> !p.image()).map(p -> p.attachment().fileName()).toList(),
				photos.images(workshop, all, true), locale, false);
	}

	@PostMapping(ONE + "/fotos/{attachmentId}")
	@Requires(Permission.WORKSHOP_MODERATE)
	String photo(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, @PathVariable UUID attachmentId,
			@RequestParam(defaultValue = "") String altText, @RequestParam(defaultValue = "false") boolean publishable,
			Locale locale, RedirectAttributes redirect) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		WorkshopPhotos.Photo photo = photos.photo(workshop, attachmentId, locale);
		try {
			if (publishable && !photo.image()) {
				throw new WorkshopException("workshop.photo.notImage");
			}
			workshops.setPhoto(workshop, attachmentId, altText, publishable);
			Flash.success(redirect, "workshop.photo.saved");
		}
		catch (WorkshopException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return "redirect:/kommunen/" + kommuneId + "/zukunftswerkstatt/" + workshopId + "#fotos";
	}

	@GetMapping(path = ONE + "/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Requires(Permission.KOMMUNE_VIEW)
	@ResponseBody
	SseEmitter live(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			@RequestHeader(name = "Last-Event-ID", required = false) @Nullable String lastEventId,
			@RequestParam(required = false) @Nullable Long after, HttpServletRequest request) {
		Workshop workshop = workshops.get(kommuneId, workshopId);
		return support.stream(workshop, lastEventId, after, true, request);
	}

	private Phase phaseOf(Workshop workshop, long cardId) {
		return workshops.cards(workshop).stream().filter(c -> c.id() == cardId).map(Card::phase).findFirst()
			.orElseThrow(() -> new NotFoundException("Card " + cardId));
	}

	private String act(RedirectAttributes redirect, KommuneId kommuneId, long workshopId, Phase phase, String done,
			Consumer<Void> action) {
		try {
			action.accept(null);
			Flash.success(redirect, done);
		}
		catch (WorkshopException ex) {
			Flash.error(redirect, ex.messageKey());
		}
		return back(kommuneId, workshopId, phase);
	}

	private static String back(KommuneId kommuneId, long workshopId, Phase phase) {
		return "redirect:/kommunen/" + kommuneId + "/zukunftswerkstatt/" + workshopId + "?phase=" + phase;
	}

	private static @Nullable UUID userId() {
		DaksPrincipal user = Authorization.currentUser();
		return user == null ? null : user.id().value();
	}
}
