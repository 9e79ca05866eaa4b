package de.daks.plan.web;

import de.daks.identity.UserAccount;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.plan.PlanReminder;
import de.daks.plan.Plans;
import de.daks.shared.mail.Mailer;
import de.daks.territory.KommuneManagement;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails the responsible user of a measure about overdue milestones and about measures without an update for the
 * plan's number of days (plain text in German, {@code plan.mail.*}). Each reminder is claimed in the database
 * before its mail goes out, so several nodes never send it twice, and given back if the mail server refuses it,
 * so the next run tries again.
 */
@Component
public class PlanReminders {

	private static final Logger log = LoggerFactory.getLogger(PlanReminders.class);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Plans plans;

	private final UserManagement users;

	private final KommuneManagement kommunen;

	private final Mailer mailer;

	PlanReminders(Plans plans, UserManagement users, KommuneManagement kommunen, Mailer mailer) {
		this.plans = plans;
		this.users = users;
		this.kommunen = kommunen;
		this.mailer = mailer;
	}

	@Scheduled(fixedDelayString = "${daks.plan.reminder-interval:1h}", initialDelayString = "3m")
	void run() {
		try {
			int sent = send();
			if (sent > 0) {
				log.info("Werkstattplan reminders sent: {}", sent);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Werkstattplan reminders failed; next try later", ex);
		}
	}

	/** Sends the due reminders; returns how many went out. */
	public int send() {
		int sent = 0;
		for (PlanReminder reminder : plans.dueReminders()) {
			if (!plans.claimReminder(reminder)) {
				continue;
			}
			if (plans.team(reminder.kommune()).stream().noneMatch(t -> t.id().equals(reminder.user()))) {
				// no longer in the team: the reminder stays claimed and is not sent
				continue;
			}
			if (mail(reminder)) {
				sent++;
			}
			else {
				plans.releaseReminder(reminder);
			}
		}
		return sent;
	}

	private boolean mail(PlanReminder r) {
		UserAccount user;
		try {
			user = users.get(new UserId(r.user()));
		}
		catch (RuntimeException ex) {
			return false;
		}
		if (!user.enabled()) {
			return false;
		}
		String kommune = kommunen.find(r.kommune()).map(k -> k.name()).orElse("");
		String link = mailer.url(PlanController.base(r.kommune()) + "/massnahmen/" + r.measureId());
		String subject;
		String body;
		if (r.kind() == PlanReminder.Kind.MILESTONE) {
			subject = text("plan.mail.milestone.subject", r.milestoneTitle());
			body = text("plan.mail.milestone.body", user.displayName(), r.milestoneTitle(), DATE.format(r.period()),
					r.measureTitle(), kommune, link);
		}
		else {
			subject = text("plan.mail.stale.subject", r.measureTitle());
			body = text("plan.mail.stale.body", user.displayName(), r.measureTitle(), kommune,
					DATE.format(r.period()), r.staleAfterDays(), link);
		}
		try {
			mailer.send(user.email(), subject, body);
			return true;
		}
		catch (MailException ex) {
			log.warn("Werkstattplan reminder not sent: {}", ex.getMessage());
			return false;
		}
	}

	private String text(String key, Object... args) {
		return mailer.text(key, args);
	}
}
