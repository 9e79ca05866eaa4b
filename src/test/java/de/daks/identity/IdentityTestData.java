package de.daks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/** Helpers for the identity tests: unique addresses, mails from GreenMail, TOTP codes computed with java-otp. */
final class IdentityTestData {

	static final String PASSWORD = "ein langes Test-Passwort 42";

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[^\\s?]+\\?token=[A-Za-z0-9_-]+(&lang=en)?)");

	private IdentityTestData() {
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.invalid";
	}

	/** The mails GreenMail received for one address (tests share the server, so always filter by recipient). */
	static List<MimeMessage> mailsTo(GreenMailExtension greenMail, String address) {
		return de.daks.TestMail.mailsTo(greenMail, address);
	}

	static String text(MimeMessage mail) {
		try {
			return mail.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The path and query of the one-time link in a mail, e.g. {@code /passwort-zuruecksetzen?token=…}. */
	static String linkIn(MimeMessage mail) {
		Matcher matcher = LINK.matcher(text(mail));
		assertThat(matcher.find()).as("a one-time link in " + text(mail)).isTrue();
		return matcher.group(1);
	}

	static String tokenOf(String link) {
		return link.substring(link.indexOf("token=") + 6).replaceAll("&.*", "");
	}

	/** The code an authenticator app shows for the secret at the given time – computed independently of DAKS. */
	static String code(String secret, Instant at) {
		try {
			TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
			SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret.replace(" ", "")),
					generator.getAlgorithm());
			return generator.generateOneTimePasswordString(key, at);
		}
		catch (java.security.InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
