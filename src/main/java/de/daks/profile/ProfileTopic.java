package de.daks.profile;

/** The rich-text sections of the Kommunalprofil, in the order of the profile. */
public enum ProfileTopic {

	BASICS, LOCATION, EDUCATION, ECONOMY, HOUSING, ENGAGEMENT, HEALTH_CARE, LOCAL_SUPPLY, CULTURE, TRANSPORT;

	/** The URL segment and message key suffix, e.g. {@code health-care}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static java.util.Optional<ProfileTopic> ofSlug(String slug) {
		for (ProfileTopic topic : values()) {
			if (topic.slug().equals(slug)) {
				return java.util.Optional.of(topic);
			}
		}
		return java.util.Optional.empty();
	}
}
