package de.daks.plan;

import de.daks.shared.KommuneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The working (draft) plan of a Kommune as read in one go: fields, goals, measures and their milestones. */
public record PlanData(long planId, KommuneId kommuneId, @Nullable String leitbild, List<PlanField> fields,
		List<Goal> goals, List<Measure> measures, Map<Long, List<Milestone>> milestones) {

	public PlanData {
		fields = List.copyOf(fields);
		goals = List.copyOf(goals);
		measures = List.copyOf(measures);
		milestones = Map.copyOf(milestones);
	}

	public List<Goal> goalsOf(long fieldId) {
		return goals.stream().filter(g -> g.fieldId() == fieldId).toList();
	}

	public List<Measure> measuresOf(long fieldId) {
		return measures.stream().filter(m -> m.fieldId() == fieldId).toList();
	}

	public List<Milestone> milestonesOf(long measureId) {
		return milestones.getOrDefault(measureId, List.of());
	}

	public Map<Long, PlanField> fieldsById() {
		return fields.stream().collect(Collectors.toMap(PlanField::id, Function.identity()));
	}

	/** The mean progress of the field's measures that are not dropped, 0 without any. */
	public int progressOf(long fieldId) {
		return progress(measuresOf(fieldId));
	}

	public static int progress(List<Measure> measures) {
		List<Measure> counted = measures.stream().filter(m -> m.status() != MeasureStatus.DROPPED).toList();
		if (counted.isEmpty()) {
			return 0;
		}
		return (int) Math.round(counted.stream().mapToInt(Measure::progress).average().orElse(0));
	}

	public boolean isEmpty() {
		return fields.isEmpty();
	}
}
