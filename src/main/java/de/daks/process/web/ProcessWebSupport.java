package de.daks.process.web;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.process.Step;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every Kommune page of the module needs: the Kommune (404 if unknown), the step, the user's rights. */
@Component
class ProcessWebSupport {

	/** Times are shown as German local time, not in the server's zone (often UTC). */
	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	ProcessWebSupport(KommuneManagement kommunen, Authorization authorization) {
		this.kommunen = kommunen;
		this.authorization = authorization;
	}

	/** Loads the Kommune and puts it and the user's rights into the model. */
	Kommune kommune(KommuneId id, Model model) {
		Kommune kommune = kommunen.get(id);
		model.addAttribute("kommune", kommune);
		model.addAttribute("zone", ZONE);
		model.addAttribute("canComment", authorization.isAllowed(Permission.KOMMUNE_COMMENT, id));
		model.addAttribute("canEdit", authorization.isAllowed(Permission.KOMMUNE_EDIT, id));
		model.addAttribute("canManage", authorization.isAllowed(Permission.KOMMUNE_MANAGE, id));
		return kommune;
	}

	/** Checks that the Kommune exists, without a model (POST handlers that redirect). */
	void requireKommune(KommuneId id) {
		kommunen.get(id);
	}

	static Step step(String slug) {
		return Step.fromSlug(slug).orElseThrow(() -> new NotFoundException("Step " + slug));
	}
}
