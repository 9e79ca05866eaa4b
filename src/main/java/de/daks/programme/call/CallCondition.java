package de.daks.programme.call;

import java.util.Arrays;
import java.util.List;

/**
 * The conditions of the call (Bekanntmachung section 5, DOMAIN.md section 1): mandatory prerequisites, checked yes/no
 * by the reviewers, and favourable conditions, scored 0–5. Each has a guiding question the applicant answers
 * ({@code programme.condition.<NAME>.question}).
 */
public enum CallCondition {
	AWARENESS(true),
	WILL(true),
	GOALS(true),
	STRUCTURES(true),
	DATA_BASIS(true),
	GRW_AREA(false),
	PARTICIPATION(false),
	CROSS_CUTTING(false),
	AFFECTED(false),
	INTRA_NETWORKS(false),
	INTER_COOPERATION(false);

	/** The highest score of a favourable condition. */
	public static final int MAX_SCORE = 5;

	private final boolean prerequisite;

	CallCondition(boolean prerequisite) {
		this.prerequisite = prerequisite;
	}

	public boolean isPrerequisite() {
		return prerequisite;
	}

	public static List<CallCondition> prerequisites() {
		return Arrays.stream(values()).filter(CallCondition::isPrerequisite).toList();
	}

	public static List<CallCondition> favourable() {
		return Arrays.stream(values()).filter(c -> !c.prerequisite).toList();
	}

	public String messageKey() {
		return "programme.condition." + name();
	}
}
