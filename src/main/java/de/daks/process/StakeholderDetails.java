package de.daks.process;

import org.jspecify.annotations.Nullable;

/**
 * What is known about a stakeholder of the Kick-Off (to add or change one).
 *
 * @param organisation the organisation or body (required)
 * @param person a contact person, if known
 * @param role the person's role or function
 */
public record StakeholderDetails(String organisation, @Nullable String person, @Nullable String role,
		@Nullable String email, @Nullable String phone, StakeholderCategory category, boolean invited,
		boolean attended) {
}
