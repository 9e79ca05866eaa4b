package de.daks.programme.call;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mails of the application process, plain text in German ({@code programme.mail.*} in
 * {@code messages/calls*.properties}): the confirmation of a submission and the decision letters.
 */
@Component
class ApplicationMails {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final DateTimeFormatter GERMAN_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'",
			Locale.GERMAN);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	ApplicationMails(JavaMailSender sender, MessageSource messages, @Value("${daks.mail.from}") String from,
			@Value("${daks.base-url}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	void sendConfirmation(String to, Application application, Call call, Instant submittedAt) {
		send(to, text("programme.mail.confirmation.subject", call.title()),
				text("programme.mail.confirmation.body", application.kommuneName(), call.title(),
						GERMAN_TIME.format(submittedAt.atZone(BERLIN)), application.id().toString(),
						baseUrl + "/bewerbungen/" + application.id()));
	}

	void sendDecision(String to, Application application, Call call, boolean selected) {
		String kind = selected ? "selected" : "notSelected";
		send(to, text("programme.mail." + kind + ".subject", call.title()),
				text("programme.mail." + kind + ".body", application.kommuneName(), call.title(),
						baseUrl + "/bewerbungen/" + application.id()));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.GERMAN);
	}

	private void send(String to, String subject, String body) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		mail.setSubject(subject);
		mail.setText(body);
		sender.send(mail);
	}
}
