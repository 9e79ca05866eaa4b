package de.daks.network;

import de.daks.shared.mail.Mailer;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The network module's mails (German plain text) through the configured SMTP server. */
@Component
class NetworkMails {

	private final Mailer mailer;

	NetworkMails(Mailer mailer) {
		this.mailer = mailer;
	}

	String baseUrl() {
		return mailer.baseUrl();
	}

	void reminder(Registration r, NetworkEvent event) {
		send(r.email(), text("network.mail.reminder.subject", event.title()),
				text("network.mail.reminder.body", r.name(), event.title(), when(event), event.location(),
						mailer.url("/veranstaltungen/" + event.id())), Map.of());
	}

	void movedUp(Registration r, NetworkEvent event) {
		send(r.email(), text("network.mail.movedUp.subject", event.title()),
				text("network.mail.movedUp.body", r.name(), event.title(), when(event),
						mailer.url("/veranstaltungen/" + event.id())), Map.of());
	}

	private static String when(NetworkEvent event) {
		return Mailer.GERMAN_DATE_TIME.format(event.startsAt().atZone(Events.ZONE));
	}

	String text(String key, Object... args) {
		return mailer.text(key, args);
	}

	/** Sends one plain-text mail with extra headers (e.g. List-Unsubscribe). */
	void send(String to, String subject, String body, Map<String, String> headers) {
		mailer.send(to, subject, body, headers);
	}
}
