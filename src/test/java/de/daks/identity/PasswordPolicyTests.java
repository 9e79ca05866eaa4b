package de.daks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

@Tag("no-database")
class PasswordPolicyTests {

	private static Errors check(String password, String confirmation, String email) {
		ResetPasswordForm form = new ResetPasswordForm();
		Errors errors = new BeanPropertyBindingResult(form, "form");
		PasswordPolicy.check(password, confirmation, email, errors, "password", "confirmation");
		return errors;
	}

	@Test
	void aLongPasswordWithMatchingConfirmationPasses() {
		// when
		Errors errors = check("Kirchturm im Nebel 7", "Kirchturm im Nebel 7", "anna@example.org");
		// then
		assertThat(errors.hasErrors()).isFalse();
	}

	@Test
	void elevenCharactersAreTooShortTwelveAreEnough() {
		// when
		Errors eleven = check("a".repeat(11), "a".repeat(11), "anna@example.org");
		Errors twelve = check("a".repeat(12), "a".repeat(12), "anna@example.org");
		// then
		assertThat(eleven.getFieldError("password").getCode()).isEqualTo("password.policy.tooShort");
		assertThat(twelve.hasErrors()).isFalse();
	}

	@Test
	void theEmailAddressIsRefusedInAnyCase() {
		// when
		Errors errors = check("Anna.Schmidt@Example.org", "Anna.Schmidt@Example.org", "anna.schmidt@example.org");
		// then
		assertThat(errors.getFieldError("password").getCode()).isEqualTo("password.policy.email");
	}

	@Test
	void aMismatchIsReportedOnTheConfirmation() {
		// when
		Errors errors = check("Kirchturm im Nebel 7", "Kirchturm im Nebel 8", "anna@example.org");
		// then
		assertThat(errors.getFieldError("password")).isNull();
		assertThat(errors.getFieldError("confirmation").getCode()).isEqualTo("password.policy.mismatch");
	}

	@Test
	void moreThanBcryptReadsIsRefused() {
		// given: 25 umlauts are 50 bytes, 37 are 74 bytes in UTF-8
		String tooLong = "ä".repeat(37);
		// when
		Errors errors = check(tooLong, tooLong, "anna@example.org");
		// then
		assertThat(errors.getFieldError("password").getCode()).isEqualTo("password.policy.tooLong");
		assertThat(check("ä".repeat(25), "ä".repeat(25), "anna@example.org").hasErrors()).isFalse();
	}
}
