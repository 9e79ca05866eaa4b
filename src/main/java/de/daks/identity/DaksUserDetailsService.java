package de.daks.identity;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for the form login; a locked account is reported as such (see {@link UserAccount#isLockedAt}). An
 * account without a password (invited, not yet activated) is treated like an unknown address, and an unknown address
 * that failed too often looks locked – the answer never reveals whether an account exists.
 */
@Service
class DaksUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final LoginAttempts attempts;

	private final Clock clock;

	DaksUserDetailsService(UserRepository users, LoginAttempts attempts, Clock clock) {
		this.users = users;
		this.attempts = attempts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Optional<UserAccount> account = users.findByEmail(username).filter(a -> a.passwordHash() != null);
		if (account.isPresent()) {
			return principalOf(account.get(), clock);
		}
		if (attempts.isUnknownLocked(username)) {
			return new DaksPrincipal(UserId.random(), UserRepository.normalise(username), "", null, null, true, false,
					false);
		}
		throw new UsernameNotFoundException("No account for " + username);
	}

	static DaksPrincipal principalOf(UserAccount account, Clock clock) {
		return new DaksPrincipal(account.id(), account.email(), account.displayName(), account.globalRole(),
				account.passwordHash(), account.enabled(), !account.isLockedAt(clock.instant()), false);
	}
}
