package de.daks.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the platform's plain-text mails through the configured SMTP server: the modules' mail classes compose the
 * texts from their message bundles with {@link #text} and build absolute links with {@link #url}, on
 * {@code daks.base-url}; every mail goes out from {@code daks.mail.from} as UTF-8.
 */
@Component
public class Mailer {

	/** Date and time as the German mails write them: "04.12.2026 um 18:00 Uhr". */
	public static final DateTimeFormatter GERMAN_DATE_TIME = DateTimeFormatter
		.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'", Locale.GERMAN);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	Mailer(JavaMailSender sender, MessageSource messages, @Value("${daks.mail.from}") String from,
			@Value("${daks.base-url}") String baseUrl) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** German unless the locale is English: the product is German first. */
	public static Locale mailLocale(@Nullable Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
	}

	/** The platform's address without a trailing slash. */
	public String baseUrl() {
		return baseUrl;
	}

	/** An absolute link to a path of the platform ("/veranstaltungen/12"). */
	public String url(String path) {
		return baseUrl + path;
	}

	/** A German text of the message bundles. */
	public String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.GERMAN);
	}

	/** A text of the message bundles in a language. */
	public String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	/** Sends one plain-text mail. */
	public void send(String to, String subject, String body) {
		send(to, subject, body, Map.of());
	}

	/** Sends one plain-text mail with extra headers (e.g. List-Unsubscribe). */
	public void send(String to, String subject, String body, Map<String, String> headers) {
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
