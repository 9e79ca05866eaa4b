package de.daks.identity;

import de.daks.shared.audit.AuditLog;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Passwort vergessen": a one-time link by mail, then a new password. The request gives the same answer whether or
 * not the address has an account, and a mail failure is logged, not shown – either would reveal the account.
 */
@Service
class PasswordResets {

	private static final Logger LOG = LoggerFactory.getLogger(PasswordResets.class);

	private final UserRepository users;

	private final OneTimeTokens tokens;

	private final IdentityMails mails;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final SecurityProperties properties;

	private final UserSessions sessions;

	PasswordResets(UserRepository users, OneTimeTokens tokens, IdentityMails mails, PasswordEncoder passwordEncoder,
			AuditLog audit, SecurityProperties properties, UserSessions sessions) {
		this.users = users;
		this.tokens = tokens;
		this.mails = mails;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.properties = properties;
		this.sessions = sessions;
	}

	@Transactional
	public void requestReset(String email, Locale locale) {
		Optional<UserAccount> account = users.findByEmail(email).filter(UserAccount::enabled);
		if (account.isEmpty()) {
			LOG.info("Password reset requested for an address without an active account");
			return;
		}
		String token = tokens.issue(account.get().id(), OneTimeTokens.Purpose.PASSWORD_RESET,
				properties.resetTokenValidity());
		audit.record("identity.password.resetRequested", "User", account.get().id().toString(), null,
				"reset link sent to " + account.get().email());
		try {
			mails.sendPasswordReset(account.get(), token, properties.resetTokenValidity(), locale);
		}
		catch (MailException ex) {
			LOG.error("Could not send the password-reset mail to {}", account.get().email(), ex);
		}
	}

	/** The account behind a valid link, to show the form (and check the policy against its address). */
	@Transactional(readOnly = true)
	public Optional<UserAccount> accountFor(String token) {
		return tokens.peek(OneTimeTokens.Purpose.PASSWORD_RESET, token).flatMap(users::findById);
	}

	/**
	 * Sets the new password (and lifts a lock) if the link is still valid, and signs out all sessions of the account.
	 * @return false if the link is unknown, used or expired
	 */
	@Transactional
	public boolean reset(String token, String newPassword) {
		Optional<UserId> user = tokens.redeem(OneTimeTokens.Purpose.PASSWORD_RESET, token);
		if (user.isEmpty()) {
			return false;
		}
		users.updatePassword(user.get(), passwordEncoder.encode(newPassword));
		// an open invitation would otherwise still set a password later
		tokens.voidOpen(user.get(), OneTimeTokens.Purpose.INVITATION);
		users.findById(user.get()).ifPresent(account -> sessions.endSessions(account.email(), null));
		audit.record("identity.password.reset", "User", user.get().toString(), null,
				"password set with a reset link; lock lifted");
		return true;
	}
}
