package de.daks.identity;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for the form login; a locked account is reported as such (see {@link UserAccount#isLockedAt}). */
@Service
class DaksUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final Clock clock;

	DaksUserDetailsService(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = users.findByEmail(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account for " + username));
		return principalOf(account, clock);
	}

	static DaksPrincipal principalOf(UserAccount account, Clock clock) {
		return new DaksPrincipal(account.id(), account.email(), account.displayName(), account.globalRole(),
				account.passwordHash(), account.enabled(), !account.isLockedAt(clock.instant()), false);
	}
}
