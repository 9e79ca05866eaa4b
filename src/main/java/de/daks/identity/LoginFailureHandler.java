package de.daks.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/** Sends a failed sign-in back to the form with the reason: wrong credentials, a locked account, or no DAKS account for an OIDC user. */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = exception instanceof LockedException ? "locked" : "error";
		if (exception instanceof OAuth2AuthenticationException oauth) {
			reason = OidcAccounts.UNKNOWN_ACCOUNT.equals(oauth.getError().getErrorCode()) ? "oidcUnknown"
					: "oidcError";
		}
		getRedirectStrategy().sendRedirect(request, response, "/login?" + reason);
	}
}
