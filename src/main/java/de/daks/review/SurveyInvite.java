package de.daks.review;

import java.time.Instant;
import java.util.UUID;

/** A stakeholder invited to the survey (whether they answered is not shown: the answers are anonymous). */
public record SurveyInvite(long id, UUID stakeholderId, String name, String email, Instant sentAt,
		Instant expiresAt, boolean mailSent) {
}
