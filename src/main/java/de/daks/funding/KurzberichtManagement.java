package de.daks.funding;

import de.daks.process.ProcessManagement;
import de.daks.process.ProcessOverview;
import de.daks.process.StepOverview;
import de.daks.programme.Programme;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annual short reports (Kurzberichte): drafted from DAKS, completed and submitted by the team, late ones listed. */
@Service
public class KurzberichtManagement {

	private final JdbcClient jdbc;

	private final ProgrammeManagement programmes;

	private final KommuneManagement kommunen;

	private final ProcessManagement processes;

	private final FundingManagement funding;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	KurzberichtManagement(JdbcClient jdbc, ProgrammeManagement programmes, KommuneManagement kommunen,
			ProcessManagement processes, FundingManagement funding, MessageSource messages, AuditLog audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.kommunen = kommunen;
		this.processes = processes;
		this.funding = funding;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** The stored report, or a new draft composed from the steps and the spending of the year. */
	@Transactional(readOnly = true)
	public Kurzbericht reportOrDraft(ProgrammeId programme, KommuneId kommune, int year) {
		Programme p = programmes.get(programme);
		if (year < p.periodStart().getYear() || year > p.periodEnd().getYear()) {
			throw new IllegalArgumentException("The year " + year + " lies outside the programme period");
		}
		return find(programme, kommune, year).orElseGet(() -> draft(programme, kommune, year));
	}

	private Kurzbericht draft(ProgrammeId programme, KommuneId kommune, int year) {
		Locale de = Locale.GERMAN;
		ProcessOverview overview = processes.overviewOf(kommune);
		StringBuilder progress = new StringBuilder(
				messages.getMessage("kurzbericht.draft.steps", new Object[] { overview.stepsDone() }, de));
		for (StepOverview step : overview.steps()) {
			progress.append('\n').append("– ").append(messages.getMessage(step.step().messageKey(), null, de))
				.append(": ").append(messages.getMessage(step.status().messageKey(), null, de));
		}
		Money planned = Money.ZERO;
		Money committed = Money.ZERO;
		Money spent = Money.ZERO;
		StringBuilder spending = new StringBuilder();
		for (FundingOverview.Row row : funding.overview(programme, kommune).rows()) {
			if (row.year() != year) {
				continue;
			}
			planned = planned.plus(row.planned());
			committed = committed.plus(row.committed());
			spent = spent.plus(row.spent());
			spending.append("– ").append(messages.getMessage(row.category().messageKey(), null, de)).append(": ")
				.append(messages.getMessage("kurzbericht.draft.spendingRow", new Object[] { row.spent().toGerman(),
						row.committed().toGerman(), row.planned().toGerman() }, de))
				.append('\n');
		}
		String spendingText = messages.getMessage("kurzbericht.draft.spending",
				new Object[] { String.valueOf(year), spent.toGerman(), committed.toGerman(), planned.toGerman() }, de) + "\n"
				+ spending.toString().strip();
		return new Kurzbericht(programme, kommune, year, progress.toString(), "", spendingText, "", false, null);
	}

	/**
	 * Saves the team's text and, with {@code submit}, submits and locks the report.
	 * @throws IllegalStateException if it was already submitted
	 * @throws IllegalArgumentException if a submission lacks the activities (the part only the team can write)
	 */
	@Transactional
	public void save(ProgrammeId programme, KommuneId kommune, int year, String progress, String activities,
			String spending, String outlook, boolean submit) {
		Kurzbericht current = reportOrDraft(programme, kommune, year);
		if (current.submitted()) {
			throw new IllegalStateException("The Kurzbericht " + year + " is already submitted");
		}
		if (submit && activities.isBlank()) {
			throw new IllegalArgumentException("activities");
		}
		Instant now = clock.instant();
		jdbc.sql("delete from kurzbericht where programme_id = :p and kommune_id = :k and report_year = :y")
			.param("p", programme.value()).param("k", kommune.value()).param("y", year).update();
		jdbc.sql("""
				insert into kurzbericht (programme_id, kommune_id, report_year, progress, activities, spending, outlook,
				  status, updated_at, submitted_at)
				values (:p, :k, :y, :progress, :activities, :spending, :outlook, :status, :now, :submitted)""")
			.param("p", programme.value()).param("k", kommune.value()).param("y", year)
			.param("progress", progress.strip()).param("activities", activities.strip())
			.param("spending", spending.strip()).param("outlook", outlook.strip())
			.param("status", submit ? "SUBMITTED" : "DRAFT").param("now", Timestamp.from(now))
			.param("submitted", submit ? Timestamp.from(now) : null).update();
		audit.record(submit ? "kurzbericht.submitted" : "kurzbericht.saved", "Kurzbericht",
				programme + "/" + year, kommune, submit ? "submitted" : "saved");
	}

	/** Every Kommune of the programme with its report for the year: submitted, draft, missing; late after the due date. */
	@Transactional(readOnly = true)
	public List<Status> statusOf(ProgrammeId programme, int year) {
		LocalDate today = LocalDate.now(clock);
		boolean overdue = today.isAfter(Kurzbericht.dueDate(year));
		List<Status> result = new ArrayList<>();
		for (Kommune k : kommunen.findAll(programmes.kommunenOf(programme))) {
			Optional<Kurzbericht> report = find(programme, k.id(), year);
			boolean submitted = report.map(Kurzbericht::submitted).orElse(false);
			result.add(new Status(k, report.isPresent(), submitted,
					report.map(Kurzbericht::submittedAt).orElse(null), overdue && !submitted));
		}
		return result;
	}

	/** A Kommune's report state. */
	public record Status(Kommune kommune, boolean started, boolean submitted,
			@org.jspecify.annotations.Nullable Instant submittedAt, boolean late) {
	}

	private Optional<Kurzbericht> find(ProgrammeId programme, KommuneId kommune, int year) {
		return jdbc.sql("select * from kurzbericht where programme_id = :p and kommune_id = :k and report_year = :y")
			.param("p", programme.value()).param("k", kommune.value()).param("y", year)
			.query((rs, n) -> {
				Timestamp submitted = rs.getTimestamp("submitted_at");
				return new Kurzbericht(new ProgrammeId(rs.getObject("programme_id", UUID.class)),
						new KommuneId(rs.getObject("kommune_id", UUID.class)), rs.getInt("report_year"),
						rs.getString("progress"), rs.getString("activities"), rs.getString("spending"),
						rs.getString("outlook"), "SUBMITTED".equals(rs.getString("status")),
						submitted == null ? null : submitted.toInstant());
			}).optional();
	}
}
