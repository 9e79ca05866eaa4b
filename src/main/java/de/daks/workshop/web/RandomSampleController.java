package de.daks.workshop.web;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.shared.KommuneId;
import de.daks.workshop.RandomSelection;
import de.daks.workshop.Workshop;
import de.daks.workshop.Workshops;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Zufallsbürger: the moderation uploads a list of residents (CSV) and draws a stratified random sample. The list is
 * read in memory and never stored; the sample is shown once, with its structure against the list's.
 */
@Controller
class RandomSampleController {

	private static final long MAX_BYTES = 2 * 1024 * 1024;

	private static final String PATH = "/kommunen/{kommuneId}/zukunftswerkstatt/{workshopId}/zufallsbuerger";

	private final Workshops workshops;

	private final WorkshopWebSupport support;

	RandomSampleController(Workshops workshops, WorkshopWebSupport support) {
		this.workshops = workshops;
		this.support = support;
	}

	@GetMapping(PATH)
	@Requires(Permission.WORKSHOP_MODERATE)
	String form(@PathVariable KommuneId kommuneId, @PathVariable long workshopId, Model model) {
		support.workshop(kommuneId, workshopId, model);
		model.addAttribute("size", 30);
		return "workshop/selection";
	}

	@PostMapping(PATH)
	@Requires(Permission.WORKSHOP_MODERATE)
	String draw(@PathVariable KommuneId kommuneId, @PathVariable long workshopId,
			@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam(defaultValue = "0") int size,
			Model model, HttpServletResponse response) throws IOException {
		Workshop workshop = support.workshop(kommuneId, workshopId, model);
		model.addAttribute("size", size);
		String error = null;
		String text = null;
		if (file == null || file.isEmpty()) {
			error = "workshop.selection.noFile";
		}
		else if (file.getSize() > MAX_BYTES) {
			error = "workshop.selection.tooLarge";
		}
		else {
			try {
				text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(file.getBytes())).toString();
			}
			catch (CharacterCodingException ex) {
				error = "workshop.selection.encoding";
			}
		}
		if (error != null || text == null) {
			model.addAttribute("fileError", error);
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return "workshop/selection";
		}
		RandomSelection.Result result = RandomSelection.draw(text, size, new SecureRandom());
		if (!result.problems().isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		}
		model.addAttribute("result", result);
		model.addAttribute("workshopTitle", workshop.title());
		return "workshop/selection";
	}
}
