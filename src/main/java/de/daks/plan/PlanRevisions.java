package de.daks.plan;

import de.daks.plan.internal.PlanRepository;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Zwischenbilanz needs from the plan: when each measure really started and finished (from its timeline),
 * and revising the draft by decisions – keep, change, stop, add – all in one transaction, each checked by the life
 * cycle rules of {@link Measure}; when one decision breaks a rule nothing is stored. Permissions are checked by the
 * routes of the caller.
 */
@Service
public class PlanRevisions {

	/**
	 * The actual dates of a measure read from its timeline (Europe/Berlin).
	 *
	 * @param started the first update with the measure in progress (or done)
	 * @param finished the day it became done (the last time, if it was reopened), null when not done now
	 * @param firstUpdate the first update of any kind
	 */
	public record ActualDates(long measureId, @Nullable LocalDate started, @Nullable LocalDate finished,
			@Nullable LocalDate firstUpdate) {
	}

	/** One decision about the draft. */
	public sealed interface Revision permits Keep, Change, Stop, Add {
	}

	/** The measure continues unchanged. */
	public record Keep(long measureId) implements Revision {
	}

	/**
	 * The measure continues with new values; null leaves a value as it is.
	 *
	 * @param note the text of the entry in the measure's timeline (none when blank)
	 */
	public record Change(long measureId, @Nullable String title, @Nullable String description,
			@Nullable String responsiblePerson, @Nullable LocalDate start, @Nullable LocalDate end,
			@Nullable BigDecimal budget, String note) implements Revision {
	}

	/** The measure is stopped: status dropped with the reason (also the text of the timeline entry). */
	public record Stop(long measureId, String reason) implements Revision {
	}

	/** A new measure in a field of the draft, planned. */
	public record Add(long fieldId, String title, @Nullable String description, @Nullable String responsibleUnit,
			@Nullable LocalDate start, @Nullable LocalDate end, @Nullable BigDecimal budget) implements Revision {
	}

	/** A decision broke a rule; {@link #index()} is its position in the list given, the message key names the rule. */
	public static class Refused extends PlanException {

		private final int index;

		public Refused(int index, String messageKey) {
			super(messageKey);
			this.index = index;
		}

		public int index() {
			return index;
		}
	}

	private final PlanRepository repository;

	private final JdbcClient jdbc;

	private final Plans plans;

	private final Clock clock;

	PlanRevisions(PlanRepository repository, JdbcClient jdbc, Plans plans, Clock clock) {
		this.repository = repository;
		this.jdbc = jdbc;
		this.plans = plans;
		this.clock = clock;
	}

	/** The actual dates of every measure of the Kommune's draft that has updates, by measure id. */
	@Transactional(readOnly = true)
	public Map<Long, ActualDates> actualDates(KommuneId kommune) {
		Long plan = repository.planId(kommune).orElse(null);
		if (plan == null) {
			return Map.of();
		}
		record Row(long measure, LocalDate day, MeasureStatus status, int progress) {
		}
		List<Row> rows = jdbc.sql("""
				select u.measure_id, u.at, u.status, u.progress from plan_update u
				join plan_measure m on m.id = u.measure_id join plan_field f on f.id = m.field_id
				where f.plan_id = :p order by u.measure_id, u.at, u.id""").param("p", plan)
			.query((rs, n) -> new Row(rs.getLong(1), day(rs.getTimestamp(2)), MeasureStatus.valueOf(rs.getString(3)),
					rs.getInt(4)))
			.list();
		Map<Long, List<Row>> byMeasure = new LinkedHashMap<>();
		rows.forEach(r -> byMeasure.computeIfAbsent(r.measure(), k -> new ArrayList<>()).add(r));
		Map<Long, ActualDates> out = new HashMap<>();
		byMeasure.forEach((id, list) -> {
			LocalDate started = null;
			LocalDate finished = null;
			MeasureStatus previous = null;
			for (Row r : list) {
				boolean running = r.status() == MeasureStatus.IN_PROGRESS || r.status() == MeasureStatus.DONE
						|| r.progress() > 0;
				if (started == null && running) {
					started = r.day();
				}
				if (r.status() == MeasureStatus.DONE && previous != MeasureStatus.DONE) {
					finished = r.day();
				}
				else if (r.status() != MeasureStatus.DONE) {
					finished = null;
				}
				previous = r.status();
			}
			out.put(id, new ActualDates(id, started, finished, list.get(0).day()));
		});
		return out;
	}

	/**
	 * Applies the decisions to the Kommune's draft in one transaction. Every decision is checked first (the measure
	 * or field belongs to the draft, the changed measure keeps the life-cycle rules); the first broken rule throws
	 * {@link Refused} and nothing is written.
	 *
	 * @return per decision the id of the measure it concerns (for {@link Add} the new measure)
	 */
	@Transactional
	public List<Long> apply(KommuneId kommune, List<Revision> revisions, String author) {
		long plan = repository.planId(kommune).orElseThrow(() -> new NotFoundException("plan of " + kommune));
		repository.lockPlan(plan);
		PlanData draft = repository.load(plan);
		Map<Long, Measure> measures = new HashMap<>();
		draft.measures().forEach(m -> measures.put(m.id(), m));
		Set<Long> fields = draft.fieldsById().keySet();
		LocalDate today = plans.today();
		List<Runnable> writes = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		Set<Long> decided = new java.util.HashSet<>();
		for (int i = 0; i < revisions.size(); i++) {
			Revision revision = revisions.get(i);
			final int index = i;
			try {
				if (revision instanceof Keep keep) {
					existing(measures, keep.measureId(), index, decided);
					ids.add(keep.measureId());
				}
				else if (revision instanceof Change change) {
					Measure m = existing(measures, change.measureId(), index, decided);
					Measure changed = new Measure(m.id(), m.fieldId(),
							change.title() == null ? m.title() : change.title().strip(),
							change.description() == null ? m.description() : blank(change.description()),
							m.responsibleUnit(),
							change.responsiblePerson() == null ? m.responsiblePerson()
									: blank(change.responsiblePerson()),
							m.partners(), m.targetGroups(), change.start() == null ? m.start() : change.start(),
							change.end() == null ? m.end() : change.end(),
							change.budget() == null ? m.budget() : change.budget(), m.fundingSource(), m.status(),
							m.statusReason(), m.progress(), m.origin());
					writes.add(() -> {
						repository.updateMeasure(changed, clock.instant());
						if (!change.note().isBlank()) {
							repository.insertUpdate(changed.id(), clock.instant(), author, text(change.note()),
									changed.status(), changed.progress());
						}
					});
					ids.add(m.id());
				}
				else if (revision instanceof Stop stop) {
					Measure m = existing(measures, stop.measureId(), index, decided);
					Measure stopped = m.changeStatus(MeasureStatus.DROPPED, stop.reason(), today);
					writes.add(() -> {
						repository.updateMeasure(stopped, clock.instant());
						repository.insertUpdate(stopped.id(), clock.instant(), author,
								text(stopped.statusReason() == null ? "" : stopped.statusReason()),
								stopped.status(), stopped.progress());
					});
					ids.add(m.id());
				}
				else if (revision instanceof Add add) {
					if (!fields.contains(add.fieldId())) {
						throw new PlanException("plan.revision.fieldGone");
					}
					Measure created = new Measure(0, add.fieldId(), add.title().strip(), blank(add.description()),
							blank(add.responsibleUnit()), null, null, Set.of(), add.start(), add.end(), add.budget(),
							null, MeasureStatus.PLANNED, null, 0, null);
					int position = ids.size();
					ids.add(0L);
					writes.add(() -> ids.set(position, repository.insertMeasure(created, clock.instant())));
				}
			}
			catch (Refused ex) {
				throw ex;
			}
			catch (PlanException ex) {
				throw new Refused(index, ex.messageKey());
			}
		}
		writes.forEach(Runnable::run);
		jdbc.sql("update plan set updated_at = :at where id = :p").param("at", Timestamp.from(clock.instant()))
			.param("p", plan).update();
		return ids;
	}

	private static Measure existing(Map<Long, Measure> measures, long id, int index, Set<Long> decided) {
		Measure m = measures.get(id);
		if (m == null) {
			throw new Refused(index, "plan.revision.measureGone");
		}
		if (!decided.add(id)) {
			throw new Refused(index, "plan.revision.twice");
		}
		return m;
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String text(String text) {
		String t = text.strip();
		return t.length() > 4000 ? t.substring(0, 4000) : t;
	}

	private static LocalDate day(Timestamp at) {
		return at.toInstant().atZone(Plans.ZONE).toLocalDate();
	}
}
