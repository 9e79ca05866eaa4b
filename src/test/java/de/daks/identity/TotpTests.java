package de.daks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("no-database")
class TotpTests {

	private static final Instant NOW = Instant.parse("2025-03-14T09:26:53Z");

	@Test
	void acceptsTheCurrentCodeAndOneStepEitherSide() {
		// given
		String secret = Totp.newSecret();
		long step = Totp.stepOf(NOW);
		// when / then
		assertThat(Totp.matchingStep(secret, IdentityTestData.code(secret, NOW), NOW)).hasValue(step);
		assertThat(Totp.matchingStep(secret, IdentityTestData.code(secret, NOW.minusSeconds(30)), NOW))
			.hasValue(step - 1);
		assertThat(Totp.matchingStep(secret, IdentityTestData.code(secret, NOW.plusSeconds(30)), NOW))
			.hasValue(step + 1);
	}

	@Test
	void refusesCodesTwoStepsAwayAndMalformedInput() {
		// given
		String secret = Totp.newSecret();
		// when / then
		assertThat(Totp.matchingStep(secret, IdentityTestData.code(secret, NOW.minusSeconds(60)), NOW)).isEmpty();
		assertThat(Totp.matchingStep(secret, IdentityTestData.code(secret, NOW.plusSeconds(60)), NOW)).isEmpty();
		assertThat(Totp.matchingStep(secret, "12345", NOW)).isEmpty();
		assertThat(Totp.matchingStep(secret, "abcdef", NOW)).isEmpty();
	}

	@Test
	void matchesTheRfc6238TestVector() {
		// given: RFC 6238 appendix B, SHA-1 seed "12345678901234567890" at T = 59 s gives 94287082 (8 digits)
		String secret = new org.apache.commons.codec.binary.Base32()
			.encodeToString("12345678901234567890".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		// when
		String code = Totp.codeAt(secret, Totp.stepOf(Instant.ofEpochSecond(59)));
		// then: six digits are the last six of the eight
		assertThat(code).isEqualTo("287082");
	}

	@Test
	void secretsAre160BitsInBase32AndGroupedForReading() {
		// when
		String secret = Totp.newSecret();
		// then
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(Totp.grouped(secret)).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
	}

	@Test
	void theProvisioningUriNamesIssuerAndAccount() {
		// when
		String uri = Totp.provisioningUri("ABCDEFGH", "anna+team@example.org", "DAKS");
		// then
		assertThat(uri).isEqualTo("otpauth://totp/DAKS:anna%2Bteam%40example.org?secret=ABCDEFGH&issuer=DAKS"
				+ "&algorithm=SHA1&digits=6&period=30");
	}

	@Test
	void theQrCodeIsDrawnAsSquaresInsideItsViewBox() {
		// when
		QrCodeSvg qr = QrCodeSvg.of("otpauth://totp/DAKS:a%40b.de?secret=ABCDEFGH&issuer=DAKS");
		// then: version 2 or more with a quiet zone of four modules on each side
		assertThat(qr.size()).isGreaterThanOrEqualTo(25 + 8);
		assertThat(qr.viewBox()).isEqualTo("0 0 " + qr.size() + " " + qr.size());
		assertThat(qr.path()).startsWith("M4 4h1v1h-1z");
	}
}
