package de.daks.identity;

import de.daks.shared.audit.AuditLog;
import java.time.Clock;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TOTP second factor: checking codes at sign-in (wrong codes count towards the lock, a code is accepted once),
 * enrolment, switching it off (not for the Geschäftsstelle, which must use it) and the reset by the Geschäftsstelle
 * when someone lost their device.
 */
@Service
class SecondFactor {

	enum Result {
		ACCEPTED, WRONG_CODE, LOCKED
	}

	private final UserRepository users;

	private final LoginAttempts attempts;

	private final AuditLog audit;

	private final Clock clock;

	SecondFactor(UserRepository users, LoginAttempts attempts, AuditLog audit, Clock clock) {
		this.users = users;
		this.attempts = attempts;
		this.clock = clock;
		this.audit = audit;
	}

	static boolean isEnrolled(UserAccount account) {
		return account.totpEnabled() && account.totpSecret() != null;
	}

	/** Checks a sign-in code of an enrolled account. */
	@Transactional
	public Result verify(UserId user, String code) {
		UserAccount account = account(user);
		if (account.isLockedAt(clock.instant())) {
			return Result.LOCKED;
		}
		String secret = account.totpSecret();
		OptionalLong step = isEnrolled(account) && secret != null ? Totp.matchingStep(secret, code, clock.instant())
				: OptionalLong.empty();
		if (step.isPresent() && users.acceptTotpStep(user, step.getAsLong())) {
			return Result.ACCEPTED;
		}
		return attempts.recordFailure(user) ? Result.LOCKED : Result.WRONG_CODE;
	}

	/**
	 * Stores a new secret once the user proved with a code that their app has it.
	 * @param countFailure whether a wrong code counts towards the lock (during sign-in: yes; on the account page of a
	 * signed-in user: no)
	 */
	@Transactional
	public Result enrol(UserId user, String secret, String code, boolean countFailure) {
		UserAccount account = account(user);
		if (account.isLockedAt(clock.instant())) {
			return Result.LOCKED;
		}
		OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
		if (step.isEmpty()) {
			return countFailure && attempts.recordFailure(user) ? Result.LOCKED : Result.WRONG_CODE;
		}
		users.enableTotp(user, secret, step.getAsLong());
		audit.record("identity.totp.enabled", "User", user.toString(), null, "second factor set up");
		return Result.ACCEPTED;
	}

	/** Switches the second factor off at the user's own request. */
	@Transactional
	public void disable(UserId user) {
		UserAccount account = account(user);
		if (account.globalRole() == GlobalRole.GESCHAEFTSSTELLE) {
			throw new IllegalStateException("The Geschäftsstelle must keep its second factor (" + account.email()
					+ ")");
		}
		users.disableTotp(user);
		audit.record("identity.totp.disabled", "User", user.toString(), null, "second factor switched off");
	}

	/** Removes a user's secret (lost device); a user who needs the factor sets up a new one at the next sign-in. */
	@Transactional
	public void reset(UserId user) {
		account(user);
		users.disableTotp(user);
		audit.record("identity.totp.reset", "User", user.toString(), null, "second factor reset");
	}

	private UserAccount account(UserId user) {
		return users.findById(user).orElseThrow(() -> new de.daks.shared.NotFoundException("User " + user));
	}
}
