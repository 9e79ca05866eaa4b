package de.daks.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After the password (or the OIDC provider): an account that needs a second factor gets a pending principal and goes
 * to the code page (or to enrolment first); everyone else is signed in and continues to the page that was asked for.
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	static final String SECOND_FACTOR_PATH = "/login/totp";

	static final String ENROLMENT_PATH = "/login/totp/einrichten";

	private final UserRepository users;

	private final SignInSessions sessions;

	LoginSuccessHandler(UserRepository users, SignInSessions sessions) {
		this.users = users;
		this.sessions = sessions;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		Optional<UserAccount> account = accountOf(authentication);
		if (account.isEmpty() || !account.get().enabled()) {
			sessions.abort(request);
			getRedirectStrategy().sendRedirect(request, response, "/login?error");
			return;
		}
		if (account.get().requiresSecondFactor()) {
			sessions.startSecondFactor(account.get(), request, response);
			getRedirectStrategy().sendRedirect(request, response,
					SecondFactor.isEnrolled(account.get()) ? SECOND_FACTOR_PATH : ENROLMENT_PATH);
			return;
		}
		sessions.complete(account.get(), request, response);
		super.onAuthenticationSuccess(request, response, authentication);
	}

	private Optional<UserAccount> accountOf(Authentication authentication) {
		if (authentication.getPrincipal() instanceof DaksPrincipal principal) {
			return users.findById(principal.id());
		}
		if (authentication.getPrincipal() instanceof OidcAccounts.DaksOidcUser oidcUser) {
			return users.findById(new UserId(oidcUser.userId()));
		}
		return Optional.empty();
	}
}
