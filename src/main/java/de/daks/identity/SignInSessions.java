package de.daks.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts the principal of each sign-in stage into the session: a pending one after the password (only the second-factor
 * pages accept it) and the full one after the code, with a new session id at each stage against session fixation.
 */
@Component
class SignInSessions {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final LoginAttempts attempts;

	SignInSessions(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	/** The principal waiting for its second factor in this session, if any. */
	static Optional<DaksPrincipal> pending() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof DaksPrincipal p
				&& p.secondFactorPending() ? Optional.of(p) : Optional.empty();
	}

	void startSecondFactor(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
		store(principalOf(account).withSecondFactorPending(true), request, response);
	}

	/** Both factors (or the only one required) are done: the full principal replaces whatever was there. */
	void complete(UserAccount account, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		store(principalOf(account), request, response);
		attempts.recordSuccess(account.id());
	}

	/** Ends a sign-in that must not go on (locked during the second factor, account gone). */
	void abort(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private void store(DaksPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		// a rotated id keeps the attributes: a half-finished enrolment from before (someone else's, or planted with
		// a fixed session) must not become this user's second factor
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(SecondFactorController.CANDIDATE_SECRET);
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
	}

	/** The session principal carries no password hash: it is never needed after sign-in. */
	private static DaksPrincipal principalOf(UserAccount account) {
		return new DaksPrincipal(account.id(), account.email(), account.displayName(), account.globalRole(), null,
				account.enabled(), true, false);
	}
}
