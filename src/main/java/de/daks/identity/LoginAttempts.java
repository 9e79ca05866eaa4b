package de.daks.identity;

import de.daks.shared.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after {@code daks.security.max-failed-logins} consecutive failures (wrong password or wrong TOTP
 * code) for {@code daks.security.lock-duration}. Unknown e-mail addresses (and accounts that cannot sign in with a
 * password: invited or disabled) are counted too, in memory, and answered with "locked" in the same way – so the
 * sign-in form never tells whether an address has an account.
 */
@Component
class LoginAttempts {

	/** Bound for the in-memory counter of unknown addresses; it is cleared when full (a flood gains nothing). */
	private static final int MAX_UNKNOWN = 10_000;

	private final UserRepository users;

	private final AuditLog audit;

	private final Clock clock;

	private final SecurityProperties properties;

	private final Map<String, Unknown> unknown = new ConcurrentHashMap<>();

	private record Unknown(int failures, @Nullable Instant lockedUntil) {
	}

	LoginAttempts(UserRepository users, AuditLog audit, Clock clock, SecurityProperties properties) {
		this.users = users;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
	}

	@EventListener
	@Transactional
	public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
		String email = event.getAuthentication().getName();
		if (email == null || email.isBlank()) {
			return;
		}
		Optional<UserAccount> account = users.findByEmail(email);
		if (account.isPresent() && DaksUserDetailsService.canSignIn(account.get())) {
			recordFailure(account.get().id());
		}
		else {
			recordUnknownFailure(UserRepository.normalise(email));
		}
	}

	/**
	 * Counts a failure of a known account and locks it when the limit is reached.
	 * @return whether the account is locked now
	 */
	@Transactional
	public boolean recordFailure(UserId user) {
		int failures = users.incrementFailedLogins(user);
		if (failures < properties.maxFailedLogins()) {
			return false;
		}
		Instant until = clock.instant().plus(properties.lockDuration());
		users.lock(user, until);
		audit.record("identity.user.locked", "User", user.toString(), null,
				failures + " failed sign-in attempts, locked until " + until);
		return true;
	}

	/** A complete sign-in (both factors where required) starts the count afresh. */
	@Transactional
	public void recordSuccess(UserId user) {
		users.resetFailedLogins(user);
	}

	/** Whether an address without an account has failed often enough that a real account would be locked now. */
	boolean isUnknownLocked(String email) {
		Unknown entry = unknown.get(UserRepository.normalise(email));
		return entry != null && entry.lockedUntil() != null && entry.lockedUntil().isAfter(clock.instant());
	}

	private void recordUnknownFailure(String email) {
		if (unknown.size() >= MAX_UNKNOWN) {
			unknown.clear();
		}
		Instant now = clock.instant();
		unknown.compute(email, (key, previous) -> {
			boolean lockExpired = previous != null && previous.lockedUntil() != null
					&& !previous.lockedUntil().isAfter(now);
			int failures = (previous == null || lockExpired ? 0 : previous.failures()) + 1;
			if (failures >= properties.maxFailedLogins()) {
				return new Unknown(0, now.plus(properties.lockDuration()));
			}
			return new Unknown(failures, null);
		});
	}
}
