package de.daks.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Random one-time tokens for the links in password-reset and invitation mails. Only a SHA-256 hash is stored, so a
 * leaked database does not leak working links; a token works once and until it expires, and issuing a new token
 * for the same purpose voids the user's older ones.
 */
@Component
class OneTimeTokens {

	enum Purpose {
		PASSWORD_RESET, INVITATION,
		/** Confirms the e-mail address of an account registered by its owner (applicants of a call). */
		EMAIL_CONFIRMATION
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	OneTimeTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Creates a token and returns it in clear text (for the mail only; it is not stored). */
	@Transactional(propagation = Propagation.MANDATORY)
	String issue(UserId user, Purpose purpose, Duration validity) {
		jdbc.sql("delete from identity_token where user_id = :u and purpose = :p and used_at is null")
			.param("u", user.value()).param("p", purpose.name()).update();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into identity_token (id, user_id, purpose, token_hash, expires_at, used_at, created_at)
				values (:id, :u, :p, :hash, :expires, null, :now)""")
			.param("id", UUID.randomUUID()).param("u", user.value()).param("p", purpose.name())
			.param("hash", hash(token)).param("expires", Timestamp.from(now.plus(validity)))
			.param("now", Timestamp.from(now))
			.update();
		return token;
	}

	/** The user of a valid (unused, unexpired) token, without using it up – to show the form behind the link. */
	@Transactional(readOnly = true)
	Optional<UserId> peek(Purpose purpose, String token) {
		return jdbc.sql("""
				select user_id from identity_token
				where token_hash = :hash and purpose = :p and used_at is null and expires_at > :now""")
			.param("hash", hash(token)).param("p", purpose.name()).param("now", Timestamp.from(clock.instant()))
			.query(UUID.class).optional().map(UserId::new);
	}

	/** Uses the token up and returns its user, or empty if it is unknown, used or expired. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<UserId> redeem(Purpose purpose, String token) {
		Optional<UserId> user = peek(purpose, token);
		if (user.isEmpty()) {
			return user;
		}
		// the condition on used_at makes a concurrent second redemption update nothing
		int updated = jdbc.sql("""
				update identity_token set used_at = :now
				where token_hash = :hash and purpose = :p and used_at is null""")
			.param("now", Timestamp.from(clock.instant())).param("hash", hash(token)).param("p", purpose.name())
			.update();
		return updated == 1 ? user : Optional.empty();
	}

	/** Whether the user has a token for the purpose that is not used up (expired or not). */
	@Transactional(readOnly = true)
	boolean hasOpen(UserId user, Purpose purpose) {
		return jdbc.sql("select count(*) from identity_token where user_id = :u and purpose = :p and used_at is null")
			.param("u", user.value()).param("p", purpose.name()).query(Integer.class).single() > 0;
	}

	/** Voids all open tokens of a user for a purpose, e.g. open invitations once a password is set. */
	@Transactional(propagation = Propagation.MANDATORY)
	void voidOpen(UserId user, Purpose purpose) {
		jdbc.sql("delete from identity_token where user_id = :u and purpose = :p and used_at is null")
			.param("u", user.value()).param("p", purpose.name()).update();
	}

	static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
