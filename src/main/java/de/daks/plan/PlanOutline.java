package de.daks.plan;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an overview across many Kommunen (the programme's Synopse) needs of one Werkstattplan: the number of the
 * latest published version, the titles of the fields of action (of that version, or of the draft while nothing is
 * published) and the status and target groups of the draft's measures.
 */
public record PlanOutline(@Nullable Integer latestVersion, List<String> fieldTitles, List<MeasureOutline> measures) {

	public static final PlanOutline NONE = new PlanOutline(null, List.of(), List.of());

	public PlanOutline {
		fieldTitles = List.copyOf(fieldTitles);
		measures = List.copyOf(measures);
	}

	/** The status and target groups of one measure of the draft. */
	public record MeasureOutline(MeasureStatus status, Set<TargetGroup> targetGroups) {

		public MeasureOutline {
			targetGroups = Set.copyOf(targetGroups);
		}
	}

}
