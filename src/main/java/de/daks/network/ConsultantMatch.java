package de.daks.network;

import java.util.List;

/**
 * One consultant of a ranked list, with the reasons of the score (message keys with arguments).
 */
public record ConsultantMatch(ConsultantProfile profile, int score, List<Reason> reasons) {

	/** A reason for or against a match; {@code positive} false marks a drawback. */
	public record Reason(String key, List<Object> args, boolean positive) {
	}
}
