package de.daks.workshop.web;

import de.daks.workshop.Registration;
import de.daks.workshop.Workshop;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The mails around a workshop, plain text in German ({@code workshop.mail.*}): the confirmation of a registration
 * with the personal cancel link, the message to whoever moves up from the waiting list, and invitations with the
 * public registration link. A mail server that is down never undoes a registration; the caller learns whether the
 * mail went out.
 */
@Component
class WorkshopMails {

	private static final Logger log = LoggerFactory.getLogger(WorkshopMails.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'",
			Locale.GERMAN);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	WorkshopMails(JavaMailSender sender, MessageSource messages, @Value("${daks.mail.from}") String from,
			@Value("${daks.base-url}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	boolean registered(Workshop workshop, String name, String email, Registration.Status status, String token) {
		return send(email, text("workshop.mail.registered.subject", workshop.title()),
				text("workshop.mail.registered." + status.name(), name.strip(), workshop.title(), when(workshop),
						place(workshop), cancelUrl(workshop, token)));
	}

	boolean movedUp(Workshop workshop, Registration registration) {
		return send(registration.email(), text("workshop.mail.movedUp.subject", workshop.title()),
				text("workshop.mail.movedUp.body", registration.name(), workshop.title(), when(workshop),
						place(workshop)));
	}

	boolean reminder(Workshop workshop, Registration registration) {
		return send(registration.email(), text("workshop.mail.reminder.subject", workshop.title()),
				text("workshop.mail.reminder.body", registration.name(), workshop.title(), when(workshop),
						place(workshop)));
	}

	boolean invitation(Workshop workshop, String kommuneName, String email, @Nullable String note) {
		return send(email, text("workshop.mail.invitation.subject", workshop.title(), kommuneName),
				text("workshop.mail.invitation.body", kommuneName, workshop.title(), when(workshop), place(workshop),
						note == null || note.isBlank() ? "" : note.strip() + "\n\n",
						baseUrl + "/w/" + workshop.code() + "/anmeldung"));
	}

	private String cancelUrl(Workshop workshop, String token) {
		return baseUrl + "/w/" + workshop.code() + "/abmelden/" + token;
	}

	private static String when(Workshop workshop) {
		return WHEN.format(workshop.startsAt());
	}

	private String place(Workshop workshop) {
		return workshop.online() ? text("workshop.mail.online") : workshop.place() == null ? "–" : workshop.place();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.GERMAN);
	}

	private boolean send(String to, String subject, String body) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		mail.setSubject(subject);
		mail.setText(body);
		try {
			sender.send(mail);
			return true;
		}
		catch (MailException ex) {
			log.warn("workshop mail to one recipient not sent: {}", ex.getMessage());
			return false;
		}
	}
}
