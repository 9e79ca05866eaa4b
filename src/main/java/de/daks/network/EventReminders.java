package de.daks.network;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the reminders of tomorrow's events every quarter of an hour (each registration once). */
@Component
class EventReminders {

	private static final Logger log = LoggerFactory.getLogger(EventReminders.class);

	private final Events events;

	EventReminders(Events events) {
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${daks.events.reminder-interval:15m}", initialDelayString = "1m")
	void run() {
		try {
			int sent = events.sendReminders();
			if (sent > 0) {
				log.info("Event reminders sent: {}", sent);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Event reminders failed; next try later", ex);
		}
	}
}
