package de.daks.process;

import de.daks.identity.Permission;
import de.daks.identity.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	@Requires(Permission.PUBLIC)
	String showHome() {
		return "process/home";
	}
}
