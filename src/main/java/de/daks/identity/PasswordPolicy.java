package de.daks.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The rules for a new password: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes (bcrypt
 * reads no further), not the e-mail address, and the confirmation must match. Errors go to the form fields.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	static void check(@Nullable String password, @Nullable String confirmation, @Nullable String email, Errors errors,
			String passwordField, String confirmationField) {
		String candidate = password == null ? "" : password;
		if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
			errors.rejectValue(passwordField, "password.policy.tooShort", new Object[] { MIN_LENGTH }, null);
		}
		else if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			errors.rejectValue(passwordField, "password.policy.tooLong", new Object[] { MAX_BYTES }, null);
		}
		else if (email != null && !email.isBlank() && containsEmail(candidate, email)) {
			errors.rejectValue(passwordField, "password.policy.email", null);
		}
		if (!candidate.equals(confirmation == null ? "" : confirmation)) {
			errors.rejectValue(confirmationField, "password.policy.mismatch", null);
		}
	}

	private static boolean containsEmail(String password, String email) {
		String lower = password.toLowerCase(Locale.ROOT);
		String address = email.strip().toLowerCase(Locale.ROOT);
		int at = address.indexOf('@');
		String localPart = at > 0 ? address.substring(0, at) : address;
		// the local part alone is as guessable as the address when it is long enough to be a name
		return lower.contains(address) || (localPart.length() >= 4 && lower.equals(localPart))
				|| lower.replaceAll("[^a-z0-9]", "").equals(address.replaceAll("[^a-z0-9]", ""));
	}
}
