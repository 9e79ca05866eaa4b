package de.daks.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP security (web application only; the command line has no HTTP layer): form login (optionally OIDC), CSRF (on for every form and htmx request), strict headers. Which route needs what is
 * not configured here but on the controller methods ({@link Requires}), enforced by
 * {@link AuthorizationInterceptor} – so the rule lives beside the route and a route without a rule is refused.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration implements WebMvcConfigurer {

	private final AuthorizationInterceptor authorizationInterceptor;

	SecurityConfiguration(AuthorizationInterceptor authorizationInterceptor) {
		this.authorizationInterceptor = authorizationInterceptor;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LoginFailureHandler failureHandler,
			LoginSuccessHandler successHandler, ObjectProvider<ClientRegistrationRepository> oidcClients,
			OidcAccounts oidcAccounts) throws Exception {
		// OIDC only when spring.security.oauth2.client.registration.* is configured (Boot then provides the
		// repository); without it no OAuth2 filter or route exists
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcAccounts.userService()))
				.failureHandler(failureHandler)
				.successHandler(successHandler));
		}
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			// RFC 8058 one-click unsubscribe: mail clients POST without session or CSRF token; the unguessable
			// token in the path is the proof (network module)
			.csrf(csrf -> csrf.ignoringRequestMatchers("/newsletter/abmelden/*"))
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("email")
				.failureHandler(failureHandler)
				.successHandler(successHandler))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
						+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(authorizationInterceptor);
	}
}
