package de.daks.identity;

import de.daks.shared.mail.Mailer;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The identity module's mails, as plain text in German or – when the request was English – in English. Texts live in
 * {@code messages/identity*.properties} ({@code identity.mail.*}); links are absolute, built on {@code daks.base-url}.
 */
@Component
class IdentityMails {

	private final Mailer mailer;

	IdentityMails(Mailer mailer) {
		this.mailer = mailer;
	}

	/** German unless the locale is English: the product is German first. */
	static Locale mailLocale(@Nullable Locale locale) {
		return Mailer.mailLocale(locale);
	}

	void sendPasswordReset(UserAccount to, String token, Duration validity, Locale requested) {
		Locale locale = mailLocale(requested);
		String link = link("/passwort-zuruecksetzen", token, locale);
		send(to.email(), text("identity.mail.reset.subject", locale),
				text("identity.mail.reset.body", locale, to.displayName(), link, validity.toMinutes()));
	}

	void sendEmailConfirmation(UserAccount to, String token, Duration validity, Locale requested) {
		Locale locale = mailLocale(requested);
		String link = link("/registrierung/bestaetigen", token, locale);
		send(to.email(), text("identity.mail.confirm.subject", locale),
				text("identity.mail.confirm.body", locale, to.displayName(), link, validity.toHours()));
	}

	void sendAlreadyRegistered(UserAccount to, Locale requested) {
		Locale locale = mailLocale(requested);
		send(to.email(), text("identity.mail.registered.subject", locale),
				text("identity.mail.registered.body", locale, to.displayName(), mailer.url("/login"),
						mailer.url("/passwort-vergessen")));
	}

	void sendInvitation(UserAccount to, String inviter, @Nullable String kommuneName, @Nullable KommuneRole role,
			String token, Duration validity, Locale requested) {
		Locale locale = mailLocale(requested);
		String link = link("/einladung", token, locale);
		String body = kommuneName == null || role == null
				? text("identity.mail.invitation.body", locale, inviter, link, validity.toDays())
				: text("identity.mail.invitation.bodyKommune", locale, inviter, kommuneName,
						text("identity.role." + role.name(), locale), link, validity.toDays());
		send(to.email(), text("identity.mail.invitation.subject", locale), body);
	}

	void sendMembershipNotice(UserAccount to, String inviter, String kommuneName, KommuneRole role,
			Locale requested) {
		Locale locale = mailLocale(requested);
		send(to.email(), text("identity.mail.membership.subject", locale, kommuneName),
				text("identity.mail.membership.body", locale, to.displayName(), inviter, kommuneName,
						text("identity.role." + role.name(), locale), mailer.url("/login")));
	}

	private String link(String path, String token, Locale locale) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(mailer.url(path)).queryParam("token", token);
		if (locale.getLanguage().equals("en")) {
			uri.queryParam("lang", "en");
		}
		return uri.build().toUriString();
	}

	private String text(String key, Locale locale, Object... args) {
		return mailer.text(locale, key, args);
	}

	private void send(String to, String subject, String body) {
		mailer.send(to, subject, body);
	}
}
