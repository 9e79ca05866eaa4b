package de.daks.review.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The survey invitation of the Zwischenbilanz, plain text in German ({@code review.mail.*}) with the personal link.
 * A mail server that is down never undoes the invitation; the caller learns whether the mail went out.
 */
@Component
public class ReviewMails {

	private static final Logger log = LoggerFactory.getLogger(ReviewMails.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	ReviewMails(JavaMailSender sender, MessageSource messages, @Value("${daks.mail.from}") String from,
			@Value("${daks.base-url}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The public path of a survey link. */
	public static String surveyPath(String token) {
		return "/zwischenbilanz/umfrage/" + token;
	}

	public boolean surveyInvitation(String email, String name, String kommuneName, String token, LocalDate expires) {
		String subject = text("review.mail.survey.subject", kommuneName);
		String body = text("review.mail.survey.body", name, kommuneName, baseUrl + surveyPath(token),
				DateTimeFormatter.ofPattern("dd.MM.yyyy").format(expires));
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(email);
		mail.setSubject(subject);
		mail.setText(body);
		try {
			sender.send(mail);
			return true;
		}
		catch (MailException ex) {
			log.warn("review survey mail to one recipient not sent: {}", ex.getMessage());
			return false;
		}
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.GERMAN);
	}
}
