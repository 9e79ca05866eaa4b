package de.daks.network;

import de.daks.identity.KommuneRole;
import de.daks.identity.Membership;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.indicators.IndicatorService;
import de.daks.plan.Plans;
import de.daks.process.ProcessManagement;
import de.daks.process.Step;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.Kommune;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring: experienced Kommunen (at the Werkstattplan or later) are proposed for new ones (before the
 * Zukunftswerkstatt) by similarity ({@link MentoringSimilarity}: kind, size, Land, share of people 65+ from the
 * indicators, themes and target groups of their Werkstattplan, read through {@link Plans}). The Geschäftsstelle
 * confirms a pair; the mentor Kommune's coordinators then hold the MENTOR role in the mentee Kommune (read and
 * comment, through the one authorisation service) and both share a thread.
 */
@Service
public class Mentoring {

	private static final String SHARE_65 = "share_65_plus";

	private final JdbcClient jdbc;

	private final ProcessManagement processes;

	private final IndicatorService indicators;

	private final UserManagement users;

	private final Plans plans;

	private final AuditLog audit;

	private final Clock clock;

	Mentoring(JdbcClient jdbc, ProcessManagement processes, IndicatorService indicators, UserManagement users,
			Plans plans, AuditLog audit, Clock clock) {
		this.plans = plans;
		this.jdbc = jdbc;
		this.processes = processes;
		this.indicators = indicators;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** A proposed mentor for a mentee, with the reasons (message keys with arguments). */
	public record Candidate(Kommune mentor, int score, List<ConsultantMatch.Reason> reasons) {
	}

	/** A confirmed pair. */
	public record Pair(UUID id, KommuneId mentor, KommuneId mentee, Instant confirmedAt) {
	}

	/** A question or meeting note in a pair's thread. */
	public record Message(String author, String kind, String text, Instant at) {
	}

	/** Whether the Kommune's process has reached the Werkstattplan (mentor) or not yet the Zukunftswerkstatt. */
	@Transactional(readOnly = true)
	public boolean experienced(KommuneId kommune) {
		var overview = processes.overviewOf(kommune);
		return overview != null
				&& (overview.completed() || overview.currentStep().ordinal() >= Step.WERKSTATTPLAN.ordinal());
	}

	@Transactional(readOnly = true)
	public boolean isNew(KommuneId kommune) {
		var overview = processes.overviewOf(kommune);
		return overview == null
				|| !overview.completed() && overview.currentStep().ordinal() < Step.ZUKUNFTSWERKSTATT.ordinal();
	}

	/** Experienced Kommunen for the mentee, most similar first (see {@link MentoringSimilarity}). */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(Kommune mentee, List<Kommune> all) {
		List<MentoringSimilarity.Profile> mentors = new ArrayList<>();
		for (Kommune k : all) {
			if (!k.id().equals(mentee.id()) && experienced(k.id())) {
				mentors.add(profile(k));
			}
		}
		return MentoringSimilarity.rank(profile(mentee), mentors);
	}

	private MentoringSimilarity.Profile profile(Kommune kommune) {
		return MentoringSimilarity.profile(kommune, share65(kommune.id()), plans.draft(kommune.id()));
	}

	private OptionalDouble share65(KommuneId kommune) {
		try {
			Optional<String> area = indicators.areaOf(kommune);
			if (area.isEmpty()) {
				return OptionalDouble.empty();
			}
			Optional<Integer> year = indicators.latestYear(area.get());
			if (year.isEmpty()) {
				return OptionalDouble.empty();
			}
			return indicators.compute(area.get(), year.get()).value(SHARE_65)
				.map(v -> OptionalDouble.of(v.value())).orElse(OptionalDouble.empty());
		}
		catch (RuntimeException ex) {
			return OptionalDouble.empty();
		}
	}

	/** Confirms a pair and makes the mentor Kommune's coordinators MENTOR members of the mentee. */
	@Transactional
	public Pair confirm(KommuneId mentor, KommuneId mentee) {
		if (mentor.equals(mentee)) {
			throw new IllegalArgumentException("A Kommune cannot mentor itself");
		}
		Optional<Pair> existing = pairs().stream().filter(p -> p.mentor().equals(mentor) && p.mentee().equals(mentee))
			.findFirst();
		if (existing.isPresent()) {
			return existing.get();
		}
		Pair pair = new Pair(UUID.randomUUID(), mentor, mentee, clock.instant());
		jdbc.sql("""
				insert into mentoring_pair (id, mentor_kommune, mentee_kommune, confirmed_at)
				values (:id, :mentor, :mentee, :at)""")
			.param("id", pair.id()).param("mentor", mentor.value()).param("mentee", mentee.value())
			.param("at", Timestamp.from(pair.confirmedAt())).update();
		for (Membership m : users.membershipsIn(mentor)) {
			if (m.role() == KommuneRole.KOORDINATION) {
				users.addMembership(m.user(), mentee, KommuneRole.MENTOR);
			}
		}
		audit.record("network.mentoring.confirmed", "MentoringPair", pair.id().toString(), mentee,
				"mentor " + mentor);
		return pair;
	}

	@Transactional(readOnly = true)
	public List<Pair> pairs() {
		return jdbc.sql("select * from mentoring_pair order by confirmed_at")
			.query((rs, n) -> new Pair(rs.getObject("id", UUID.class),
					new KommuneId(rs.getObject("mentor_kommune", UUID.class)),
					new KommuneId(rs.getObject("mentee_kommune", UUID.class)),
					rs.getTimestamp("confirmed_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Pair> pairOf(KommuneId mentee) {
		return pairs().stream().filter(p -> p.mentee().equals(mentee)).findFirst();
	}

	@Transactional(readOnly = true)
	public List<Message> thread(UUID pair) {
		return jdbc.sql("select * from mentoring_message where pair_id = :p order by created_at, id")
			.param("p", pair)
			.query((rs, n) -> new Message(rs.getString("author_name"), rs.getString("kind"), rs.getString("text"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Transactional
	public void post(KommuneId mentee, UserId author, String authorName, boolean note, String text) {
		Pair pair = pairOf(mentee).orElseThrow(() -> new NotFoundException("No mentoring for " + mentee));
		jdbc.sql("""
				insert into mentoring_message (pair_id, author_id, author_name, kind, text, created_at)
				values (:p, :a, :name, :kind, :text, :at)""")
			.param("p", pair.id()).param("a", author.value()).param("name", authorName)
			.param("kind", note ? "NOTE" : "QUESTION").param("text", text.strip())
			.param("at", Timestamp.from(clock.instant())).update();
	}
}
