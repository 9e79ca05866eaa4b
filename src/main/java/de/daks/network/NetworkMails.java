package de.daks.network;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** The network module's mails (German plain text) through the configured SMTP server. */
@Component
class NetworkMails {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'",
			Locale.GERMAN);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	NetworkMails(JavaMailSender sender, MessageSource messages, @Value("${daks.mail.from}") String from,
			@Value("${daks.base-url}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String baseUrl() {
		return baseUrl;
	}

	void reminder(Registration r, NetworkEvent event) {
		send(r.email(), text("network.mail.reminder.subject", event.title()),
				text("network.mail.reminder.body", r.name(), event.title(), when(event), event.location(),
						baseUrl + "/veranstaltungen/" + event.id()), Map.of());
	}

	void movedUp(Registration r, NetworkEvent event) {
		send(r.email(), text("network.mail.movedUp.subject", event.title()),
				text("network.mail.movedUp.body", r.name(), event.title(), when(event),
						baseUrl + "/veranstaltungen/" + event.id()), Map.of());
	}

	private static String when(NetworkEvent event) {
		return DATE_TIME.format(event.startsAt().atZone(Events.ZONE));
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.GERMAN);
	}

	/** Sends one plain-text mail with extra headers (e.g. List-Unsubscribe). */
	void send(String to, String subject, String body, Map<String, String> headers) {
		try {
			MimeMessage mail = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body, false);
			for (Map.Entry<String, String> header : headers.entrySet()) {
				mail.setHeader(header.getKey(), header.getValue());
			}
			sender.send(mail);
		}
		catch (MessagingException ex) {
			throw new MailSendException("Mail to " + to + " not built", ex);
		}
	}
}
