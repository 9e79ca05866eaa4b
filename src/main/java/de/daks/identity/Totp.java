package de.daks.identity;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits – what every authenticator app
 * reads). Secrets are 160 random bits (RFC 4226 section 4 recommends 160), shown to people in Base32.
 */
final class Totp {

	static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

	/** Accepted clock drift in steps either side: ±30 seconds, as RFC 6238 section 5.2 suggests. */
	static final int DRIFT_STEPS = 1;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();

	private Totp() {
	}

	static String newSecret() {
		byte[] bytes = new byte[20];
		RANDOM.nextBytes(bytes);
		return new Base32().encodeToString(bytes).replace("=", "");
	}

	/** The step number of an instant: whole {@link #STEP}s since the epoch. */
	static long stepOf(Instant instant) {
		return instant.getEpochSecond() / STEP.getSeconds();
	}

	/**
	 * The time step whose code equals {@code code}, checking the current step and {@link #DRIFT_STEPS} either side;
	 * empty if the code is malformed or matches none.
	 */
	static OptionalLong matchingStep(String secret, String code, Instant now) {
		String digits = code.replaceAll("\\s", "");
		if (!digits.matches("\\d{6}")) {
			return OptionalLong.empty();
		}
		long current = stepOf(now);
		for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
			if (codeAt(secret, step).equals(digits)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	static String codeAt(String secret, long step) {
		try {
			SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret), GENERATOR.getAlgorithm());
			return "%06d".formatted(GENERATOR.generateOneTimePassword(key, Instant.ofEpochSecond(step * STEP.getSeconds())));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("Stored TOTP secret is unusable", ex);
		}
	}

	/** The {@code otpauth://} URI authenticator apps read from the QR code (Key Uri Format). */
	static String provisioningUri(String secret, String account, String issuer) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
				+ "&algorithm=SHA1&digits=6&period=" + STEP.getSeconds();
	}

	/** The secret in groups of four, easier to type from the screen. */
	static String grouped(String secret) {
		return secret.replaceAll("(.{4})(?=.)", "$1 ");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
