package de.daks.programme.call;

import de.daks.shared.mail.Mailer;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The mails of the application process, plain text in German ({@code programme.mail.*} in
 * {@code messages/calls*.properties}): the confirmation of a submission and the decision letters.
 */
@Component
class ApplicationMails {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final Mailer mailer;

	ApplicationMails(Mailer mailer) {
		this.mailer = mailer;
	}

	void sendConfirmation(String to, Application application, Call call, Instant submittedAt) {
		send(to, text("programme.mail.confirmation.subject", call.title()),
				text("programme.mail.confirmation.body", application.kommuneName(), call.title(),
						Mailer.GERMAN_DATE_TIME.format(submittedAt.atZone(BERLIN)), application.id().toString(),
						mailer.url("/bewerbungen/" + application.id())));
	}

	void sendDecision(String to, Application application, Call call, boolean selected) {
		String kind = selected ? "selected" : "notSelected";
		send(to, text("programme.mail." + kind + ".subject", call.title()),
				text("programme.mail." + kind + ".body", application.kommuneName(), call.title(),
						mailer.url("/bewerbungen/" + application.id())));
	}

	private String text(String key, Object... args) {
		return mailer.text(key, args);
	}

	private void send(String to, String subject, String body) {
		mailer.send(to, subject, body);
	}
}
