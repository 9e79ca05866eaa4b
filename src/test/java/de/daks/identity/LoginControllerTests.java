package de.daks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

@Tag("no-database")
class LoginControllerTests {

	@Test
	void withoutOidcConfigurationThereIsNoProviderButton() {
		// given
		LoginController controller = new LoginController(
				new StaticListableBeanFactory().getBeanProvider(ClientRegistrationRepository.class));
		// when / then
		assertThat(controller.oidcProviders()).isEmpty();
	}

	@Test
	void eachConfiguredRegistrationGetsAButtonWithItsName() {
		// given: what Boot builds from spring.security.oauth2.client.registration.keycloak.*
		ClientRegistration keycloak = ClientRegistration.withRegistrationId("keycloak")
			.clientName("Landesportal")
			.clientId("daks")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("https://id.example.org/auth")
			.tokenUri("https://id.example.org/token")
			.jwkSetUri("https://id.example.org/certs")
			.scope("openid", "email")
			.build();
		StaticListableBeanFactory beans = new StaticListableBeanFactory(
				Map.of("clients", new InMemoryClientRegistrationRepository(keycloak)));
		LoginController controller = new LoginController(beans.getBeanProvider(ClientRegistrationRepository.class));
		// when / then
		assertThat(controller.oidcProviders())
			.containsExactly(new LoginController.OidcProvider("keycloak", "Landesportal"));
		assertThat(controller.oidcProviders().get(0).path()).isEqualTo("/oauth2/authorization/keycloak");
	}
}
