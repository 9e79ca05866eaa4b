package de.daks.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/** A configured OIDC provider as the sign-in page offers it. */
	record OidcProvider(String registrationId, String name) {

		public String path() {
			return "/oauth2/authorization/" + registrationId;
		}
	}

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	LoginController(ObjectProvider<ClientRegistrationRepository> oidcClients) {
		this.oidcClients = oidcClients;
	}

	@GetMapping("/login")
	@Requires(Permission.PUBLIC)
	String showLoginForm(Model model) {
		model.addAttribute("oidcProviders", oidcProviders());
		return "identity/login";
	}

	List<OidcProvider> oidcProviders() {
		List<OidcProvider> providers = new ArrayList<>();
		// Boot's repository is iterable; other implementations cannot list their clients and offer no button
		if (oidcClients.getIfAvailable() instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				if (registration instanceof ClientRegistration client) {
					providers.add(new OidcProvider(client.getRegistrationId(),
							client.getClientName() == null || client.getClientName().isBlank()
									? client.getRegistrationId() : client.getClientName()));
				}
			}
		}
		return providers;
	}
}
