package de.daks.identity;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Loads accounts for the form login; a locked account is reported as such (see {@link UserAccount#isLockedAt}). An
 * account without a password (invited, not yet activated) or a disabled one is treated like an unknown address, and an
 * unknown address that failed too often looks locked – the answer never reveals whether an account exists.
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
		Optional<UserAccount> account = users.findByEmail(username).filter(DaksUserDetailsService::canSignIn);
		if (account.isPresent()) {
			return principalOf(account.get(), clock);
		}
		if (attempts.isUnknownLocked(username)) {
			return new DaksPrincipal(UserId.random(), UserRepository.normalise(username), "", null, null, true, false,
					false);
		}
		throw new UsernameNotFoundException("No account for " + username);
	}

	/**
	 * Whether the password form may sign the account in. A disabled account is refused like an unknown address (not
	 * with Spring's "disabled" check, which answers before the password check and never locks – both tell the
	 * account exists).
	 */
	static boolean canSignIn(UserAccount account) {
		return account.passwordHash() != null && account.enabled();
	}

	static DaksPrincipal principalOf(UserAccount account, Clock clock) {
		return new DaksPrincipal(account.id(), account.email(), account.displayName(), account.globalRole(),
				account.passwordHash(), account.enabled(), !account.isLockedAt(clock.instant()), false);
	}
}
