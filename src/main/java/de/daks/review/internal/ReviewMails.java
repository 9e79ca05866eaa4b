package de.daks.review.internal;

import de.daks.shared.mail.Mailer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * The survey invitation of the Zwischenbilanz, plain text in German ({@code review.mail.*}) with the personal link,
 * sent through the shared {@link Mailer}. A mail server that is down never undoes the invitation; the caller learns
 * whether the mail went out.
 */
@Component
public class ReviewMails {

	private static final Logger log = LoggerFactory.getLogger(ReviewMails.class);

	private final Mailer mailer;

	ReviewMails(Mailer mailer) {
		this.mailer = mailer;
	}

	/** The public path of a survey link. */
	public static String surveyPath(String token) {
		return "/zwischenbilanz/umfrage/" + token;
	}

	public boolean surveyInvitation(String email, String name, String kommuneName, String token, LocalDate expires) {
		try {
			mailer.send(email, mailer.text("review.mail.survey.subject", kommuneName),
					mailer.text("review.mail.survey.body", name, kommuneName, mailer.url(surveyPath(token)),
							DateTimeFormatter.ofPattern("dd.MM.yyyy").format(expires)));
			return true;
		}
		catch (MailException ex) {
			log.warn("review survey mail to one recipient not sent: {}", ex.getMessage());
			return false;
		}
	}
}
