package de.daks.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	@Requires(Permission.PUBLIC)
	String showLoginForm() {
		return "identity/login";
	}
}
