package de.daks.workshop.web;

import de.daks.shared.mail.Mailer;
import de.daks.workshop.Registration;
import de.daks.workshop.Workshop;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
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

	private final Mailer mailer;

	WorkshopMails(Mailer mailer) {
		this.mailer = mailer;
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
						mailer.url("/w/" + workshop.code() + "/anmeldung")));
	}

	private String cancelUrl(Workshop workshop, String token) {
		return mailer.url("/w/" + workshop.code() + "/abmelden/" + token);
	}

	private static String when(Workshop workshop) {
		return Mailer.GERMAN_DATE_TIME.format(workshop.startsAt());
	}

	private String place(Workshop workshop) {
		return workshop.online() ? text("workshop.mail.online") : workshop.place() == null ? "–" : workshop.place();
	}

	private String text(String key, Object... args) {
		return mailer.text(key, args);
	}

	private boolean send(String to, String subject, String body) {
		try {
			mailer.send(to, subject, body);
			return true;
		}
		catch (MailException ex) {
			log.warn("workshop mail to one recipient not sent: {}", ex.getMessage());
			return false;
		}
	}
}
