package de.daks.plan;

/** The reminder settings of a plan: whether reminders go out, and after how many days without an update. */
public record ReminderSettings(boolean enabled, int staleAfterDays) {
}
