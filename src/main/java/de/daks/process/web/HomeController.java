package de.daks.process.web;

import de.daks.identity.Authorization;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.Membership;
import de.daks.identity.Permission;
import de.daks.identity.Requires;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessManagement;
import de.daks.process.ProcessOverview;
import de.daks.process.Step;
import de.daks.shared.KommuneId;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: a landing page for visitors, "Meine Kommunen" for signed-in users. */
@Controller
class HomeController {

	private final UserManagement users;

	private final KommuneManagement kommunen;

	private final ProcessManagement processes;

	private final Authorization authorization;

	HomeController(UserManagement users, KommuneManagement kommunen, ProcessManagement processes,
			Authorization authorization) {
		this.users = users;
		this.kommunen = kommunen;
		this.processes = processes;
		this.authorization = authorization;
	}

	@GetMapping("/")
	@Requires(Permission.PUBLIC)
	String showHome(Model model) {
		model.addAttribute("steps", Arrays.asList(Step.values()));
		DaksPrincipal user = Authorization.currentUser();
		if (user != null) {
			model.addAttribute("myKommunen", myKommunen(user));
			model.addAttribute("canSeeProgrammes", authorization.isAllowed(Permission.PROGRAMME_VIEW, null));
		}
		return "process/home";
	}

	private List<MyKommune> myKommunen(DaksPrincipal user) {
		Map<KommuneId, TreeSet<KommuneRole>> roles = new LinkedHashMap<>();
		for (Membership membership : users.membershipsOf(user.id())) {
			roles.computeIfAbsent(membership.kommune(), k -> new TreeSet<>()).add(membership.role());
		}
		if (roles.isEmpty()) {
			return List.of();
		}
		Map<KommuneId, ProcessOverview> overviews = new LinkedHashMap<>();
		processes.overviewOf(roles.keySet()).forEach(o -> overviews.put(o.kommune(), o));
		return kommunen.findAll(roles.keySet()).stream()
			.map(k -> new MyKommune(k, List.copyOf(roles.get(k.id())), overviews.get(k.id())))
			.sorted(Comparator.comparing(m -> m.kommune().name()))
			.toList();
	}

	/** One row of "Meine Kommunen". */
	record MyKommune(Kommune kommune, List<KommuneRole> roles, ProcessOverview overview) {
	}
}
