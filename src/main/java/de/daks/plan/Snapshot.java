package de.daks.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The frozen content of a published version: the Leitbild and one item per field, goal and measure with its
 * attributes as text. Stored as JSON with the version and never changed; two snapshots are compared item by item.
 *
 * @param items in plan order; keys are {@code F<id>}, {@code G<id>} and {@code M<id>} of the draft rows
 */
public record Snapshot(@Nullable String leitbild, List<Item> items) {

	public enum Kind {
		FIELD, GOAL, MEASURE
	}

	/** One field, goal or measure; attributes keep their order (names are message keys {@code plan.attr.<name>}). */
	public record Item(String key, Kind kind, @Nullable String parentKey, String title, Map<String, String> attributes) {
	}

	/** What differs between two versions. */
	public enum ChangeType {
		ADDED, CHANGED, REMOVED
	}

	public record FieldChange(String name, @Nullable String before, @Nullable String after) {
	}

	public record Change(ChangeType type, Kind kind, String key, String title, List<FieldChange> fields) {
	}

	public Snapshot {
		items = List.copyOf(items);
	}

	/** The snapshot of a draft plan. */
	public static Snapshot of(PlanData plan) {
		List<Item> items = new ArrayList<>();
		for (PlanField field : plan.fields()) {
			String fieldKey = "F" + field.id();
			Map<String, String> fa = new LinkedHashMap<>();
			put(fa, "position", field.position());
			put(fa, "origin", field.origin() == null ? null : field.origin().workshopTitle());
			items.add(new Item(fieldKey, Kind.FIELD, null, field.title(), fa));
			for (Goal goal : plan.goalsOf(field.id())) {
				Map<String, String> ga = new LinkedHashMap<>();
				put(ga, "indicator", goal.indicatorName());
				put(ga, "indicatorKey", goal.indicatorKey());
				put(ga, "unit", goal.unit());
				put(ga, "baseline", plain(goal.baseline()));
				put(ga, "target", plain(goal.target()));
				put(ga, "targetDate", goal.targetDate());
				items.add(new Item("G" + goal.id(), Kind.GOAL, fieldKey, goal.title(), ga));
			}
			for (Measure m : plan.measuresOf(field.id())) {
				Map<String, String> ma = new LinkedHashMap<>();
				put(ma, "description", m.description());
				put(ma, "responsibleUnit", m.responsibleUnit());
				put(ma, "responsiblePerson", m.responsiblePerson());
				put(ma, "partners", m.partners());
				put(ma, "targetGroups", m.targetGroups().isEmpty() ? null
						: m.targetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
				put(ma, "start", m.start());
				put(ma, "end", m.end());
				put(ma, "budget", plain(m.budget()));
				put(ma, "fundingSource", m.fundingSource());
				put(ma, "status", m.status().name());
				put(ma, "statusReason", m.statusReason());
				put(ma, "progress", m.progress());
				put(ma, "milestones", plan.milestonesOf(m.id()).isEmpty() ? null
						: plan.milestonesOf(m.id()).stream().map(s -> s.due() + " " + s.title())
							.collect(Collectors.joining("; ")));
				items.add(new Item("M" + m.id(), Kind.MEASURE, fieldKey, m.title(), ma));
			}
		}
		return new Snapshot(plan.leitbild(), items);
	}

	/** Added, changed (with the changed attributes, the title included) and removed items from this to {@code later}. */
	public List<Change> compareTo(Snapshot later) {
		List<Change> changes = new ArrayList<>();
		if (!Objects.equals(leitbild, later.leitbild)) {
			changes.add(new Change(ChangeType.CHANGED, Kind.FIELD, "LEITBILD", "Leitbild",
					List.of(new FieldChange("leitbild", leitbild, later.leitbild))));
		}
		Map<String, Item> before = byKey();
		Map<String, Item> after = later.byKey();
		for (Item item : later.items) {
			Item old = before.get(item.key());
			if (old == null) {
				changes.add(new Change(ChangeType.ADDED, item.kind(), item.key(), item.title(), List.of()));
				continue;
			}
			List<FieldChange> fields = new ArrayList<>();
			if (!old.title().equals(item.title())) {
				fields.add(new FieldChange("title", old.title(), item.title()));
			}
			if (!Objects.equals(old.parentKey(), item.parentKey())) {
				fields.add(new FieldChange("parent", old.parentKey(), item.parentKey()));
			}
			TreeSet<String> names = new TreeSet<>(old.attributes().keySet());
			names.addAll(item.attributes().keySet());
			List<String> ordered = new ArrayList<>(item.attributes().keySet());
			names.stream().filter(n -> !ordered.contains(n)).forEach(ordered::add);
			for (String name : ordered) {
				String a = old.attributes().get(name);
				String b = item.attributes().get(name);
				if (!Objects.equals(a, b)) {
					fields.add(new FieldChange(name, a, b));
				}
			}
			if (!fields.isEmpty()) {
				changes.add(new Change(ChangeType.CHANGED, item.kind(), item.key(), item.title(), fields));
			}
		}
		for (Item item : items) {
			if (!after.containsKey(item.key())) {
				changes.add(new Change(ChangeType.REMOVED, item.kind(), item.key(), item.title(), List.of()));
			}
		}
		return changes;
	}

	public Map<String, Item> byKey() {
		Map<String, Item> map = new LinkedHashMap<>();
		items.forEach(i -> map.put(i.key(), i));
		return map;
	}

	public List<Item> itemsOf(Kind kind) {
		return items.stream().filter(i -> i.kind() == kind).toList();
	}

	public List<Item> children(String parentKey, Kind kind) {
		return items.stream().filter(i -> i.kind() == kind && parentKey.equals(i.parentKey())).toList();
	}

	public List<Item> fieldItems() {
		return itemsOf(Kind.FIELD);
	}

	public List<Item> goalsOf(String fieldKey) {
		return children(fieldKey, Kind.GOAL);
	}

	public List<Item> measuresOf(String fieldKey) {
		return children(fieldKey, Kind.MEASURE);
	}

	private static void put(Map<String, String> map, String name, @Nullable Object value) {
		if (value != null) {
			map.put(name, value instanceof LocalDate d ? d.toString() : value.toString());
		}
	}

	private static @Nullable String plain(@Nullable BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}
}
