package de.daks;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The real SMTP server of the tests (GreenMail) and reading what it received. The port is 3025 unless the system
 * property {@code daks.test.smtp-port} names another (application-test.properties reads the same property), so two
 * test runs on one machine can each have their own server.
 */
public final class TestMail {

	/** The SMTP port of this test run. */
	public static final int SMTP_PORT = Integer.getInteger("daks.test.smtp-port", ServerSetupTest.SMTP.getPort());

	private TestMail() {
	}

	/** A GreenMail server on this run's port, for {@code @RegisterExtension}. */
	public static GreenMailExtension server() {
		ServerSetup setup = ServerSetupTest.SMTP.port(SMTP_PORT);
		return new GreenMailExtension(setup);
	}

	/** The mails GreenMail received for one address (tests share the server, so always filter by recipient). */
	public static List<MimeMessage> mailsTo(GreenMailExtension greenMail, String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
					.anyMatch(a -> a.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}
