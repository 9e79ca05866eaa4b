package de.daks.network.web;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.network.EventMaterials;
import de.daks.network.Events;
import de.daks.network.NetworkEvent;
import de.daks.shared.web.Downloads;
import de.daks.shared.NotFoundException;
import de.daks.shared.web.Flash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Materials and recordings of an event: the page (for the registered participants, the office, or everyone when
 * public), downloads, and the office's uploads, links, deletions and visibility.
 */
@Controller
class EventMaterialController {

	private final Events events;

	private final EventMaterials materials;

	private final Authorization authorization;

	private final Clock clock;

	EventMaterialController(Events events, EventMaterials materials, Authorization authorization, Clock clock) {
		this.events = events;
		this.materials = materials;
		this.authorization = authorization;
		this.clock = clock;
	}

	@GetMapping("/veranstaltungen/{id}/material")
	@Requires(Permission.PUBLIC)
	String showMaterials(@PathVariable UUID id, Model model, HttpServletResponse response) {
		return page(id, model, response, null, null, null);
	}

	@GetMapping("/veranstaltungen/{id}/material/{materialId}")
	@Requires(Permission.PUBLIC)
	ResponseEntity<FileSystemResource> exportMaterial(@PathVariable UUID id, @PathVariable UUID materialId) {
		if (!events.maySeeMaterials(id, Authorization.currentUser(), manages())) {
			throw new NotFoundException("Material " + materialId);
		}
		EventMaterials.Material material = materials.get(id, materialId);
		return Downloads.attachment(new FileSystemResource(materials.file(id, materialId)),
				String.valueOf(material.contentType()), String.valueOf(material.fileName()));
	}

	@PostMapping("/veranstaltungen/{id}/material/dateien")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processUpload(@PathVariable UUID id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "DOCUMENT") String kind, @RequestParam(required = false) @Nullable MultipartFile file,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		events.get(id);
		if (file == null || file.isEmpty()) {
			return invalid(id, model, response, "file", EventMaterials.Refusal.EMPTY, title, null);
		}
		try (InputStream in = file.getInputStream()) {
			materials.store(id, "RECORDING_FILE".equals(kind), title, String.valueOf(file.getOriginalFilename()), in);
		}
		catch (EventMaterials.RefusedException ex) {
			return invalid(id, model, response, ex.reason() == EventMaterials.Refusal.TITLE ? "title" : "file",
					ex.reason(), title, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Flash.success(redirect, "network.material.saved");
		return "redirect:/veranstaltungen/" + id + "/material";
	}

	@PostMapping("/veranstaltungen/{id}/material/links")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processLink(@PathVariable UUID id, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String url, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		events.get(id);
		try {
			materials.addLink(id, title, url);
		}
		catch (EventMaterials.RefusedException ex) {
			return invalid(id, model, response, ex.reason() == EventMaterials.Refusal.TITLE ? "linkTitle" : "url",
					ex.reason(), title, url);
		}
		Flash.success(redirect, "network.material.saved");
		return "redirect:/veranstaltungen/" + id + "/material";
	}

	@PostMapping("/veranstaltungen/{id}/material/{materialId}/loeschen")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processDeletion(@PathVariable UUID id, @PathVariable UUID materialId, RedirectAttributes redirect) {
		materials.delete(id, materialId);
		Flash.success(redirect, "network.material.deleted");
		return "redirect:/veranstaltungen/" + id + "/material";
	}

	@PostMapping("/veranstaltungen/{id}/material/sichtbarkeit")
	@Requires(Permission.PROGRAMME_MANAGE)
	String processVisibility(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean publicly,
			RedirectAttributes redirect) {
		events.setMaterialsPublic(id, publicly);
		Flash.success(redirect, publicly ? "network.material.madePublic" : "network.material.madeInternal");
		return "redirect:/veranstaltungen/" + id + "/material";
	}

	private String invalid(UUID id, Model model, HttpServletResponse response, String field,
			EventMaterials.Refusal reason, @Nullable String title, @Nullable String url) {
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return page(id, model, response, field, "network.material.refused." + reason.name(),
				new String[] { title, url });
	}

	private String page(UUID id, Model model, HttpServletResponse response, @Nullable String errorField,
			@Nullable String errorKey, String @Nullable [] values) {
		NetworkEvent event = events.get(id);
		boolean manages = manages();
		boolean allowed = events.maySeeMaterials(id, Authorization.currentUser(), manages);
		model.addAttribute("event", event);
		model.addAttribute("zone", Events.ZONE);
		model.addAttribute("over", !event.endsAt().isAfter(clock.instant()));
		model.addAttribute("allowed", allowed);
		model.addAttribute("signedIn", Authorization.currentUser() != null);
		model.addAttribute("canManage", manages);
		model.addAttribute("isPublic", events.materialsPublic(id));
		model.addAttribute("materials", allowed ? materials.of(id) : java.util.List.of());
		model.addAttribute("documentMaxMb", materials.documentMax() / (1024 * 1024));
		model.addAttribute("recordingMaxMb", materials.recordingMax() / (1024 * 1024));
		model.addAttribute("errorField", errorField);
		model.addAttribute("errorKey", errorKey);
		model.addAttribute("titleValue", values == null ? "" : values[0]);
		model.addAttribute("urlValue", values == null || values[1] == null ? "" : values[1]);
		return "network/materials";
	}

	private boolean manages() {
		return authorization.isAllowed(Permission.PROGRAMME_MANAGE, null);
	}
}
