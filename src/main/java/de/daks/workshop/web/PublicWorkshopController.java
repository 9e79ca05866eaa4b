package de.daks.workshop.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.reporting.DocumentRenderer;
import de.daks.reporting.ReportDocument;
import de.daks.shared.web.Downloads;
import de.daks.shared.NotFoundException;
import de.daks.shared.KommuneId;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.Phase;
import de.daks.workshop.Workshop;
import de.daks.workshop.Workshops;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public side of the Zukunftswerkstatt: per Kommune the workshops whose documentation the Kommune team
 * published, and each one's documentation (visible cards by phase and cluster, closed vote results, the number of
 * guests, the proposed fields and measures) as a page, PDF and DOCX. Unpublished workshops are 404; hidden cards,
 * nicknames, the names of moderators and Kümmerer and every registration stay internal.
 */
@Controller
class PublicWorkshopController {

	private static final String PATH = "/zukunftswerkstaetten/{kommuneId}";

	private final Workshops workshops;

	private final KommuneManagement kommunen;

	private final WorkshopWebSupport support;

	private final WorkshopDocuments documents;

	private final DocumentRenderer renderer;

	private final WorkshopPhotos photos;

	PublicWorkshopController(Workshops workshops, KommuneManagement kommunen, WorkshopWebSupport support,
			WorkshopDocuments documents, DocumentRenderer renderer, WorkshopPhotos photos) {
		this.photos = photos;
		this.workshops = workshops;
		this.kommunen = kommunen;
		this.support = support;
		this.documents = documents;
		this.renderer = renderer;
	}

	@GetMapping(PATH)
	@Requires(Permission.PUBLIC)
	String list(@PathVariable KommuneId kommuneId, Model model) {
		model.addAttribute("kommune", kommunen.get(kommuneId));
		model.addAttribute("workshops", workshops.published(kommuneId));
		return "workshop/public-list";
	}

	@GetMapping(PATH + "/{workshopId}")
	@Requires(Permission.PUBLIC)
	String documentation(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, Model model,
			Locale locale) {
		Kommune kommune = kommunen.get(kommuneId);
		Workshop workshop = workshops.getPublished(kommuneId, workshopId);
		model.addAttribute("kommune", kommune);
		model.addAttribute("workshop", workshop);
		model.addAttribute("phases", Arrays.stream(Phase.values())
			.map(p -> new PhaseGroups(p, WorkshopDocuments.groups(workshops.board(workshop, p, false)))).toList());
		model.addAttribute("results", support.shownResults(workshop, null).stream()
			.filter(r -> !r.session().open()).toList());
		model.addAttribute("fields", documents.publicFields(workshop));
		model.addAttribute("guestCount", workshops.guestCount(workshop));
		model.addAttribute("photos", photos.published(workshop, locale));
		return "workshop/public-doc";
	}

	@GetMapping(PATH + "/{workshopId}/dokumentation.pdf")
	@Requires(Permission.PUBLIC)
	ResponseEntity<byte[]> pdf(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, Locale locale) {
		Workshop workshop = workshops.getPublished(kommuneId, workshopId);
		byte[] pdf = renderer.pdf(publicDocument(kommuneId, workshop, locale));
		return Downloads.attachment(pdf, DocumentRenderer.PDF_MEDIA_TYPE,
				WorkshopDocuments.fileName(workshop, "pdf"));
	}

	@GetMapping(PATH + "/{workshopId}/dokumentation.docx")
	@Requires(Permission.PUBLIC)
	ResponseEntity<byte[]> docx(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, Locale locale) {
		Workshop workshop = workshops.getPublished(kommuneId, workshopId);
		byte[] docx = renderer.docx(publicDocument(kommuneId, workshop, locale));
		return Downloads.attachment(docx, DocumentRenderer.DOCX_MEDIA_TYPE,
				WorkshopDocuments.fileName(workshop, "docx"));
	}

	@GetMapping(PATH + "/{workshopId}/fotos/{attachmentId}")
	@Requires(Permission.PUBLIC)
	ResponseEntity<Resource> photo(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			@PathVariable UUID attachmentId, Locale locale) {
		Workshop workshop = workshops.getPublished(kommuneId, workshopId);
		WorkshopPhotos.Photo photo = photos.published(workshop, locale).stream()
			.filter(p -> p.id().equals(attachmentId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Photo " + attachmentId));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.attachment().contentType()))
			.contentLength(photo.attachment().size())
			.header("X-Content-Type-Options", "nosniff")
			.body(photos.open(kommuneId, attachmentId).content());
	}

	private ReportDocument publicDocument(KommuneId kommuneId, Workshop workshop, Locale locale) {
		return documents.document(kommunen.get(kommuneId), workshop, List.of(),
				photos.images(workshop, photos.published(workshop, locale), false), locale, true);
	}

	/** The visible cards of one phase grouped by cluster. */
	record PhaseGroups(Phase phase, List<WorkshopDocuments.CardGroup> groups) {
	}
}
