package de.daks.programme.selection;

import de.daks.programme.SizeClass;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An eligible application as the optimiser sees it (only applications meeting every mandatory prerequisite are
 * candidates).
 *
 * @param id the application's id, unique among the candidates
 * @param label what a person reads (Kommune name)
 * @param score the total score of the application (mean of the reviewers' scores), not negative
 * @param land the Land (two-digit key or name)
 * @param type the type of Kommune (Gemeinde, Stadt, Landkreis, Quartier …)
 * @param sizeClass the size class by population
 * @param grw whether the Kommune lies in a GRW assistance area
 * @param shrinking whether the Kommune's population is shrinking
 */
public record Candidate(String id, String label, BigDecimal score, String land, String type, SizeClass sizeClass,
		boolean grw, boolean shrinking) {

	public Candidate {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(score, "score");
		if (score.signum() < 0) {
			throw new IllegalArgumentException("The score of " + id + " is negative: " + score);
		}
	}
}
