package de.daks.programme.call;

import java.math.BigDecimal;

/**
 * Where an application stands in the assessment.
 *
 * @param reviewsSubmitted submitted reviews without conflict of interest
 * @param reviewsPending assigned reviewers without conflict who have not submitted
 * @param eligible at least one submitted review and every submitted review finds every prerequisite met
 * @param score sum over the favourable conditions of the mean score of the submitted reviews, two decimals (half up)
 */
public record ApplicationAssessment(Application application, int reviewsSubmitted, int reviewsPending,
		boolean eligible, BigDecimal score) {
}
