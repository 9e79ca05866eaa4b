package de.daks.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After the password: continue to the page that was asked for, or to the start page. */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	LoginSuccessHandler() {
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
