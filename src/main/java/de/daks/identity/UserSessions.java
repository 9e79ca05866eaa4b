package de.daks.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends the stored HTTP sessions of an account when its password changes: whoever signed in with the old password
 * (perhaps the reason for the change) is signed out. Sessions are found by principal name, the e-mail address. The
 * command line has no sessions.
 */
@Component
class UserSessions {

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	UserSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the account except {@code keepSessionId} (the one that changed it), if given. */
	void endSessions(String email, @Nullable String keepSessionId) {
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		repository.findByPrincipalName(email).keySet().stream()
			.filter(id -> !id.equals(keepSessionId))
			.forEach(repository::deleteById);
	}
}
