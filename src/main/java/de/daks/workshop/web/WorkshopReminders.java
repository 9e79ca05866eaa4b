package de.daks.workshop.web;

import de.daks.workshop.Registrations;
import de.daks.workshop.Workshop;
import de.daks.workshop.Workshops;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds everyone registered (not the waiting list) the day before a workshop, once each: a reminder is claimed
 * in the database before its mail goes out, so several nodes never send it twice, and given back if the mail server
 * refuses it, so the next run tries again.
 */
@Component
class WorkshopReminders {

	private static final Logger log = LoggerFactory.getLogger(WorkshopReminders.class);

	private final Registrations registrations;

	private final Workshops workshops;

	private final WorkshopMails mails;

	WorkshopReminders(Registrations registrations, Workshops workshops, WorkshopMails mails) {
		this.registrations = registrations;
		this.workshops = workshops;
		this.mails = mails;
	}

	@Scheduled(fixedDelayString = "${daks.workshop.reminder-interval:15m}", initialDelayString = "2m")
	void run() {
		try {
			int sent = send();
			if (sent > 0) {
				log.info("Workshop reminders sent: {}", sent);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Workshop reminders failed; next try later", ex);
		}
	}

	/** Sends the due reminders; returns how many went out. */
	int send() {
		int sent = 0;
		for (Registrations.Due due : registrations.dueReminders()) {
			if (!registrations.claimReminder(due.registration().id())) {
				continue;
			}
			Workshop workshop = workshops.byCode(due.workshopCode()).orElse(null);
			if (workshop != null && mails.reminder(workshop, due.registration())) {
				sent++;
			}
			else {
				registrations.releaseReminder(due.registration().id());
			}
		}
		return sent;
	}
}
