package de.daks.programme.call;

import de.daks.identity.UserId;
import de.daks.shared.KommuneId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An application of a Kommune to a call: the data sheet and the answers to the guiding questions.
 *
 * @param kommuneType a {@link de.daks.territory.KommuneKind} name
 * @param answers answer by condition (missing = not answered yet)
 */
public record Application(ApplicationId id, CallId call, UserId applicant, @Nullable KommuneId kommune,
		String kommuneName, String kommuneType, @Nullable String landCode, @Nullable String areaKey,
		@Nullable Long population, @Nullable String populationDate, PopulationTrend trend, boolean grwArea,
		String contactName, String contactUnit, String contactEmail, Commitment commitment, String concepts,
		String networks, String cooperation, ApplicationStatus status, Instant createdAt, Instant updatedAt,
		@Nullable Instant submittedAt, Map<CallCondition, String> answers) {

	public Application {
		answers = Map.copyOf(answers);
	}

	public boolean isDraft() {
		return status == ApplicationStatus.DRAFT;
	}

	public String answer(CallCondition condition) {
		return answers.getOrDefault(condition, "");
	}
}
