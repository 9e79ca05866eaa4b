package de.daks.network;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;

/** Accounts and received mails for the network module's tests. */
final class NetworkTestData {

	private NetworkTestData() {
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	static DaksPrincipal person(UserManagement users, String name) {
		String email = name.toLowerCase().replaceAll("[^a-z]+", ".") + "-" + unique() + "@test.invalid";
		UserId id = users.createUser(email, name, null, null);
		return new DaksPrincipal(id, email, name, null, null, true, true, false);
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
}
