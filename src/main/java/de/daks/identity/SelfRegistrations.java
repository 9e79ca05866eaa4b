package de.daks.identity;

import de.daks.shared.audit.AuditLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Accounts registered by their owners – today the applicants of a call who have no account yet (issue 7). The account
 * is created disabled with the chosen password; a one-time link by mail ({@link OneTimeTokens}, purpose
 * {@code EMAIL_CONFIRMATION}) confirms the address and enables it. The answer is the same whether or not the address
 * already has an account (that owner gets a mail pointing to sign-in and password reset instead), so the form reveals
 * no account. Registrations are rate limited per client address and per e-mail address.
 */
@Service
public class SelfRegistrations {

	private static final Logger LOG = LoggerFactory.getLogger(SelfRegistrations.class);

	/** How long a confirmation link works. */
	static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

	/** At most this many registrations per client address and per e-mail address within {@link #WINDOW}. */
	static final int LIMIT = 5;

	static final Duration WINDOW = Duration.ofHours(1);

	private static final int MAX_KEYS = 10_000;

	private final UserRepository users;

	private final OneTimeTokens tokens;

	private final IdentityMails mails;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	SelfRegistrations(UserRepository users, OneTimeTokens tokens, IdentityMails mails, PasswordEncoder passwordEncoder,
			AuditLog audit, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.mails = mails;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	/** The identity module's password rules, errors on the given form fields. */
	public static void checkPassword(@Nullable String password, @Nullable String confirmation, @Nullable String email,
			Errors errors, String passwordField, String confirmationField) {
		PasswordPolicy.check(password, confirmation, email, errors, passwordField, confirmationField);
	}

	/**
	 * Whether one more registration from this client and for this address is allowed now; counts the attempt. Call
	 * it before {@link #register}, after the form is valid.
	 */
	public boolean allow(String clientAddress, String email) {
		Instant now = clock.instant();
		if (recent.size() > MAX_KEYS) {
			recent.clear();
		}
		boolean client = take("ip:" + clientAddress, now);
		boolean address = take("mail:" + UserRepository.normalise(email), now);
		return client && address;
	}

	private boolean take(String key, Instant now) {
		Deque<Instant> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= LIMIT) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

	/**
	 * Registers an account and mails the confirmation link. For an address that already has a confirmed account,
	 * nothing is created and its owner is told by mail; an address registered before but never confirmed gets a new
	 * link (its password stays).
	 *
	 * @return the account the caller may prepare work for (still disabled until confirmed), or empty when the address
	 *         belongs to a confirmed account
	 */
	@Transactional
	public Optional<UserId> register(String displayName, String email, String rawPassword, Locale locale) {
		Optional<UserAccount> existing = users.findByEmail(email);
		UserAccount account;
		if (existing.isPresent()) {
			account = existing.get();
			if (account.enabled() || !tokens.hasOpen(account.id(), OneTimeTokens.Purpose.EMAIL_CONFIRMATION)) {
				audit.record("identity.registration.existing", "User", account.id().toString(), null,
						"registration for an existing account");
				send(() -> mails.sendAlreadyRegistered(account, locale), account);
				return Optional.empty();
			}
		}
		else {
			account = new UserAccount(UserId.random(), UserRepository.normalise(email), displayName.strip(),
					passwordEncoder.encode(rawPassword), null, false, 0, null, null, false, clock.instant());
			users.insert(account);
			audit.record("identity.registration.started", "User", account.id().toString(), null,
					account.email() + " registered, awaiting confirmation");
		}
		String token = tokens.issue(account.id(), OneTimeTokens.Purpose.EMAIL_CONFIRMATION, CONFIRMATION_VALIDITY);
		send(() -> mails.sendEmailConfirmation(account, token, CONFIRMATION_VALIDITY, locale), account);
		return Optional.of(account.id());
	}

	private static void send(Runnable mail, UserAccount to) {
		try {
			mail.run();
		}
		catch (MailException ex) {
			// shown to nobody: the answer must not depend on the account
			LOG.error("Could not send the registration mail to {}", to.email(), ex);
		}
	}

	/** The account behind a valid confirmation link, to show the confirmation page. */
	@Transactional(readOnly = true)
	public Optional<UserAccount> accountFor(String token) {
		return tokens.peek(OneTimeTokens.Purpose.EMAIL_CONFIRMATION, token).flatMap(users::findById);
	}

	/**
	 * Confirms the address: the account is enabled and can sign in.
	 * @return false if the link is unknown, used or expired
	 */
	@Transactional
	public boolean confirm(String token) {
		Optional<UserId> user = tokens.redeem(OneTimeTokens.Purpose.EMAIL_CONFIRMATION, token);
		if (user.isEmpty()) {
			return false;
		}
		UserAccount account = users.findById(user.get()).orElseThrow();
		users.updateProfile(account.id(), account.displayName(), account.globalRole(), true);
		audit.record("identity.registration.confirmed", "User", account.id().toString(), null,
				account.email() + " confirmed");
		return true;
	}
}
