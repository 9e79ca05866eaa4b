package de.daks.workshop.internal;

import de.daks.shared.KommuneId;
import de.daks.workshop.Card;
import de.daks.workshop.CardOrigin;
import de.daks.workshop.Cluster;
import de.daks.workshop.Phase;
import de.daks.workshop.RandomSelection;
import de.daks.workshop.SampledPerson;
import de.daks.workshop.PhotoSetting;
import de.daks.workshop.ProposedField;
import de.daks.workshop.ProposedMeasure;
import de.daks.workshop.VoteSession;
import de.daks.workshop.Workshop;
import de.daks.workshop.WorkshopFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the workshop tables ({@code workshop*}, migration V10_0). No permission checks here. */
@Repository
public class WorkshopRepository {

	/** One entry of the event log. */
	public record Event(long seq, String kind, @Nullable Long refId) {
	}

	/** A guest identity. */
	public record Guest(long id, long workshopId, @Nullable String nickname, Instant expiresAt) {
	}

	private static final String CARD_COLUMNS = """
			c.id, c.phase, c.column_no, c.text, c.origin, c.cluster_id, c.hidden_reason, c.merged_into, c.created_at,
			g.nickname""";

	private final JdbcClient jdbc;

	WorkshopRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// workshops

	public long insertWorkshop(KommuneId kommune, String code, String title, LocalDateTime startsAt,
			@Nullable String place, boolean online, WorkshopFormat format, @Nullable String agenda,
			@Nullable String moderators, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into workshop (kommune_id, code, title, starts_at, place, online, format, agenda, moderators,
				    phase, open_phases, event_seq, created_at)
				values (:k, :code, :title, :starts, :place, :online, :format, :agenda, :moderators, 'CRITIQUE',
				    'CRITIQUE', 0, :at)""")
			.param("k", kommune.value()).param("code", code).param("title", title)
			.param("starts", Timestamp.valueOf(startsAt)).param("place", place).param("online", online)
			.param("format", format.name()).param("agenda", agenda).param("moderators", moderators)
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		return key(keys);
	}

	public void saveColumns(long workshopId, Phase phase, List<String> titles) {
		jdbc.sql("delete from workshop_column where workshop_id = :w and phase = :p").param("w", workshopId)
			.param("p", phase.name()).update();
		for (int i = 0; i < titles.size(); i++) {
			jdbc.sql("insert into workshop_column (workshop_id, phase, position, title) values (:w, :p, :i, :t)")
				.param("w", workshopId).param("p", phase.name()).param("i", i).param("t", titles.get(i)).update();
		}
	}

	public boolean codeExists(String code) {
		return jdbc.sql("select count(*) from workshop where code = :c").param("c", code).query(Long.class)
			.single() > 0;
	}

	public List<Workshop> workshops(KommuneId kommune) {
		List<Workshop> rows = jdbc.sql("select * from workshop where kommune_id = :k order by starts_at desc, id desc")
			.param("k", kommune.value()).query(this::workshopRow).list();
		return rows.stream().map(this::withColumns).toList();
	}

	public Optional<Workshop> workshop(long id) {
		return jdbc.sql("select * from workshop where id = :id").param("id", id).query(this::workshopRow).optional()
			.map(this::withColumns);
	}

	public Optional<Workshop> workshopByCode(String code) {
		return jdbc.sql("select * from workshop where code = :c").param("c", code).query(this::workshopRow)
			.optional().map(this::withColumns);
	}

	/** Starts a phase: it becomes the current one and the only one open for posting. */
	public void setPhase(long workshopId, Phase phase, @Nullable Instant timerEndsAt) {
		jdbc.sql("update workshop set phase = :p, open_phases = :p, timer_ends_at = :t where id = :id")
			.param("p", phase.name())
			.param("t", timerEndsAt == null ? null : Timestamp.from(timerEndsAt)).param("id", workshopId).update();
	}

	private Workshop withColumns(Workshop w) {
		Map<Phase, List<String>> columns = new EnumMap<>(Phase.class);
		for (Phase p : Phase.values()) {
			columns.put(p, new ArrayList<>());
		}
		jdbc.sql("select phase, title from workshop_column where workshop_id = :w order by phase, position")
			.param("w", w.id())
			.query((rs, n) -> columns.get(Phase.valueOf(rs.getString("phase"))).add(rs.getString("title"))).list();
		for (Phase p : Phase.values()) {
			columns.put(p, List.copyOf(columns.get(p)));
		}
		return new Workshop(w.id(), w.kommuneId(), w.code(), w.title(), w.startsAt(), w.place(), w.online(),
				w.format(), w.agenda(), w.moderators(), w.phase(), w.timerEndsAt(), Map.copyOf(columns), w.publishedAt(),
				w.openPhases());
	}

	private Workshop workshopRow(ResultSet rs, int n) throws SQLException {
		return new Workshop(rs.getLong("id"), new KommuneId(rs.getObject("kommune_id", UUID.class)),
				rs.getString("code"), rs.getString("title"), rs.getTimestamp("starts_at").toLocalDateTime(),
				rs.getString("place"), rs.getBoolean("online"), WorkshopFormat.valueOf(rs.getString("format")),
				rs.getString("agenda"), rs.getString("moderators"), Phase.valueOf(rs.getString("phase")),
				instant(rs, "timer_ends_at"), Map.of(), instant(rs, "published_at"),
				openPhases(rs.getString("open_phases"), Phase.valueOf(rs.getString("phase"))));
	}

	private static java.util.Set<Phase> openPhases(@Nullable String value, Phase current) {
		if (value == null) {
			return java.util.Set.of(current);
		}
		java.util.Set<Phase> phases = java.util.EnumSet.noneOf(Phase.class);
		for (String part : value.split(",")) {
			if (!part.isBlank()) {
				phases.add(Phase.valueOf(part.strip()));
			}
		}
		return java.util.Collections.unmodifiableSet(phases);
	}

	/** Sets the phases participants may post into. */
	public void setOpenPhases(long workshopId, java.util.Set<Phase> phases) {
		jdbc.sql("update workshop set open_phases = :o where id = :id")
			.param("o", String.join(",", phases.stream().sorted().map(Phase::name).toList())).param("id", workshopId)
			.update();
	}

	/** The workshops of a Kommune whose documentation is published, latest first. */
	public List<Workshop> publishedWorkshops(KommuneId kommune) {
		return jdbc.sql("""
				select * from workshop where kommune_id = :k and published_at is not null
				order by starts_at desc, id desc""")
			.param("k", kommune.value()).query(this::workshopRow).list().stream().map(this::withColumns).toList();
	}

	/** Publishes (at) or withdraws (null) the documentation. */
	public void setPublished(long workshopId, @Nullable Instant at) {
		jdbc.sql("update workshop set published_at = :at where id = :id")
			.param("at", at == null ? null : Timestamp.from(at)).param("id", workshopId).update();
	}

	/** Deletes a workshop with everything in it (the benchmark's own workshop). */
	public void deleteWorkshop(long workshopId) {
		jdbc.sql("delete from workshop_vote where session_id in (select id from workshop_vote_session where workshop_id = :w)")
			.param("w", workshopId).update();
		jdbc.sql("update workshop_card set merged_into = null, cluster_id = null where workshop_id = :w")
			.param("w", workshopId).update();
		jdbc.sql("delete from workshop where id = :w").param("w", workshopId).update();
	}

	// photos

	public Map<UUID, PhotoSetting> photoSettings(long workshopId) {
		Map<UUID, PhotoSetting> settings = new LinkedHashMap<>();
		jdbc.sql("select attachment_id, alt_text, publishable from workshop_photo where workshop_id = :w")
			.param("w", workshopId)
			.query((rs, n) -> settings.put(rs.getObject("attachment_id", UUID.class), new PhotoSetting(
					rs.getObject("attachment_id", UUID.class), rs.getString("alt_text"), rs.getBoolean("publishable"))))
			.list();
		return settings;
	}

	public void savePhotoSetting(long workshopId, PhotoSetting setting) {
		jdbc.sql("delete from workshop_photo where workshop_id = :w and attachment_id = :a").param("w", workshopId)
			.param("a", setting.attachmentId()).update();
		jdbc.sql("""
				insert into workshop_photo (workshop_id, attachment_id, alt_text, publishable)
				values (:w, :a, :alt, :p)""")
			.param("w", workshopId).param("a", setting.attachmentId()).param("alt", setting.altText())
			.param("p", setting.publishable()).update();
	}

	// the stored Zufallsbürger sample

	public void deleteSample(long workshopId) {
		jdbc.sql("delete from workshop_sample where workshop_id = :w").param("w", workshopId).update();
	}

	public void insertSampled(long workshopId, RandomSelection.Person p, Instant deleteAfter, Instant at) {
		jdbc.sql("""
				insert into workshop_sample (workshop_id, line_no, name, age, sex, quarter, email, address,
				    delete_after, created_at)
				values (:w, :line, :name, :age, :sex, :q, :email, :address, :del, :at)""")
			.param("w", workshopId).param("line", p.line()).param("name", p.name()).param("age", p.age())
			.param("sex", p.sex()).param("q", p.quarter()).param("email", p.email()).param("address", p.address())
			.param("del", Timestamp.from(deleteAfter)).param("at", Timestamp.from(at)).update();
	}

	public List<SampledPerson> sample(long workshopId) {
		return jdbc.sql("select * from workshop_sample where workshop_id = :w order by line_no, id")
			.param("w", workshopId)
			.query((rs, n) -> new SampledPerson(rs.getLong("id"), new RandomSelection.Person(rs.getInt("line_no"),
					rs.getString("name"), rs.getInt("age"), rs.getString("sex"), rs.getString("quarter"),
					rs.getString("email"), rs.getString("address")), instant(rs, "invited_at"),
					rs.getTimestamp("delete_after").toInstant()))
			.list();
	}

	/** Marks one person invited; false if someone else did it first (claimed once). */
	public boolean claimInvitation(long sampledId, Instant at) {
		return jdbc.sql("update workshop_sample set invited_at = :at where id = :id and invited_at is null")
			.param("at", Timestamp.from(at)).param("id", sampledId).update() == 1;
	}

	public void unclaimInvitation(long sampledId) {
		jdbc.sql("update workshop_sample set invited_at = null where id = :id").param("id", sampledId).update();
	}

	// the event log

	/**
	 * Appends an event. The update takes the workshop row's lock until the transaction ends, so the sequence numbers
	 * of one workshop have no gaps and become visible in their order – a reader never skips one.
	 */
	public long appendEvent(long workshopId, String kind, @Nullable Long refId, Instant at) {
		jdbc.sql("update workshop set event_seq = event_seq + 1 where id = :w").param("w", workshopId).update();
		long seq = jdbc.sql("select event_seq from workshop where id = :w").param("w", workshopId).query(Long.class)
			.single();
		jdbc.sql("""
				insert into workshop_event (workshop_id, seq, kind, ref_id, created_at)
				values (:w, :s, :k, :r, :at)""")
			.param("w", workshopId).param("s", seq).param("k", kind).param("r", refId).param("at", Timestamp.from(at))
			.update();
		return seq;
	}

	public List<Event> eventsAfter(long workshopId, long seq, int limit) {
		return jdbc.sql("""
				select seq, kind, ref_id from workshop_event where workshop_id = :w and seq > :s order by seq
				fetch first :l rows only""")
			.param("w", workshopId).param("s", seq).param("l", limit)
			.query((rs, n) -> new Event(rs.getLong("seq"), rs.getString("kind"), nullableLong(rs, "ref_id"))).list();
	}

	public long lastSeq(long workshopId) {
		return jdbc.sql("select event_seq from workshop where id = :w").param("w", workshopId).query(Long.class)
			.optional().orElse(0L);
	}

	// guests

	public long insertGuest(long workshopId, String tokenHash, @Nullable String nickname, Instant at,
			Instant expires) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into workshop_guest (workshop_id, token_hash, nickname, joined_at, expires_at)
				values (:w, :h, :n, :at, :exp)""")
			.param("w", workshopId).param("h", tokenHash).param("n", nickname).param("at", Timestamp.from(at))
			.param("exp", Timestamp.from(expires)).update(keys, "id");
		return key(keys);
	}

	public Optional<Guest> guest(String tokenHash) {
		return jdbc.sql("select id, workshop_id, nickname, expires_at from workshop_guest where token_hash = :h")
			.param("h", tokenHash)
			.query((rs, n) -> new Guest(rs.getLong("id"), rs.getLong("workshop_id"), rs.getString("nickname"),
					rs.getTimestamp("expires_at").toInstant()))
			.optional();
	}

	public int guestCount(long workshopId) {
		return jdbc.sql("select count(*) from workshop_guest where workshop_id = :w").param("w", workshopId)
			.query(Integer.class).single();
	}

	/** Deletes expired guest identities (their cards stay, without the nickname link). */
	public int deleteExpiredGuests(Instant now) {
		jdbc.sql("""
				update workshop_card set guest_id = null
				where guest_id in (select id from workshop_guest where expires_at < :now)""")
			.param("now", Timestamp.from(now)).update();
		return jdbc.sql("delete from workshop_guest where expires_at < :now").param("now", Timestamp.from(now))
			.update();
	}

	// cards and clusters

	public long insertCard(long workshopId, Phase phase, int column, String text, @Nullable Long guestId,
			@Nullable UUID authorUser, CardOrigin origin, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into workshop_card (workshop_id, phase, column_no, text, guest_id, author_user, origin,
				    created_at, updated_at)
				values (:w, :p, :c, :t, :g, :u, :o, :at, :at)""")
			.param("w", workshopId).param("p", phase.name()).param("c", column).param("t", text).param("g", guestId)
			.param("u", authorUser).param("o", origin.name()).param("at", Timestamp.from(at)).update(keys, "id");
		return key(keys);
	}

	public List<Card> cards(long workshopId) {
		return jdbc.sql("select " + CARD_COLUMNS + """
				 from workshop_card c left join workshop_guest g on g.id = c.guest_id
				where c.workshop_id = :w order by c.id""")
			.param("w", workshopId).query(this::cardRow).list();
	}

	public Optional<Card> card(long workshopId, long cardId) {
		return jdbc.sql("select " + CARD_COLUMNS + """
				 from workshop_card c left join workshop_guest g on g.id = c.guest_id
				where c.workshop_id = :w and c.id = :id""")
			.param("w", workshopId).param("id", cardId).query(this::cardRow).optional();
	}

	public List<Card> cardsById(long workshopId, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + CARD_COLUMNS + """
				 from workshop_card c left join workshop_guest g on g.id = c.guest_id
				where c.workshop_id = :w and c.id in (:ids)""")
			.param("w", workshopId).param("ids", ids).query(this::cardRow).list();
	}

	public void updateCard(long workshopId, long cardId, String text, int column, @Nullable Long clusterId,
			Instant at) {
		jdbc.sql("""
				update workshop_card set text = :t, column_no = :c, cluster_id = :cl, updated_at = :at
				where id = :id and workshop_id = :w""")
			.param("t", text).param("c", column).param("cl", clusterId).param("at", Timestamp.from(at))
			.param("id", cardId).param("w", workshopId).update();
	}

	public void hideCard(long workshopId, long cardId, String reason, Instant at) {
		jdbc.sql("update workshop_card set hidden_reason = :r, updated_at = :at where id = :id and workshop_id = :w")
			.param("r", reason).param("at", Timestamp.from(at)).param("id", cardId).param("w", workshopId).update();
	}

	public void unhideCard(long workshopId, long cardId, Instant at) {
		jdbc.sql("update workshop_card set hidden_reason = null, updated_at = :at where id = :id and workshop_id = :w")
			.param("at", Timestamp.from(at)).param("id", cardId).param("w", workshopId).update();
	}

	public void mergeCard(long workshopId, long cardId, long into, Instant at) {
		jdbc.sql("update workshop_card set merged_into = :into, updated_at = :at where id = :id and workshop_id = :w")
			.param("into", into).param("at", Timestamp.from(at)).param("id", cardId).param("w", workshopId).update();
	}

	public long insertCluster(long workshopId, Phase phase, String title, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("insert into workshop_cluster (workshop_id, phase, title, created_at) values (:w, :p, :t, :at)")
			.param("w", workshopId).param("p", phase.name()).param("t", title).param("at", Timestamp.from(at))
			.update(keys, "id");
		return key(keys);
	}

	public List<Cluster> clusters(long workshopId) {
		return jdbc.sql("select id, phase, title from workshop_cluster where workshop_id = :w order by id")
			.param("w", workshopId)
			.query((rs, n) -> new Cluster(rs.getLong("id"), Phase.valueOf(rs.getString("phase")),
					rs.getString("title")))
			.list();
	}

	private Card cardRow(ResultSet rs, int n) throws SQLException {
		return new Card(rs.getLong("id"), Phase.valueOf(rs.getString("phase")), rs.getInt("column_no"),
				rs.getString("text"), rs.getString("nickname"), CardOrigin.valueOf(rs.getString("origin")),
				nullableLong(rs, "cluster_id"), rs.getString("hidden_reason"), nullableLong(rs, "merged_into"),
				rs.getTimestamp("created_at").toInstant());
	}

	// voting

	public long insertSession(long workshopId, Phase phase, String title, int dots, boolean multiple,
			boolean visible, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into workshop_vote_session (workshop_id, phase, title, dots_per_person, multiple_per_card,
				    results_visible, opened_at)
				values (:w, :p, :t, :d, :m, :v, :at)""")
			.param("w", workshopId).param("p", phase.name()).param("t", title).param("d", dots).param("m", multiple)
			.param("v", visible).param("at", Timestamp.from(at)).update(keys, "id");
		return key(keys);
	}

	public List<VoteSession> sessions(long workshopId) {
		return jdbc.sql("select * from workshop_vote_session where workshop_id = :w order by id")
			.param("w", workshopId).query(this::sessionRow).list();
	}

	/** The session, its row locked until the transaction ends (a vote and the closing do not interleave). */
	public Optional<VoteSession> sessionForUpdate(long workshopId, long sessionId) {
		return jdbc.sql("select * from workshop_vote_session where workshop_id = :w and id = :id for update")
			.param("w", workshopId).param("id", sessionId).query(this::sessionRow).optional();
	}

	public boolean closeSession(long workshopId, long sessionId, Instant at) {
		return jdbc.sql("""
				update workshop_vote_session set closed_at = :at
				where workshop_id = :w and id = :id and closed_at is null""")
			.param("at", Timestamp.from(at)).param("w", workshopId).param("id", sessionId).update() == 1;
	}

	public int dotsOf(long sessionId, String voter) {
		return jdbc.sql("select count(*) from workshop_vote where session_id = :s and voter = :v")
			.param("s", sessionId).param("v", voter).query(Integer.class).single();
	}

	public Map<Long, Integer> dotsByCardOf(long sessionId, String voter) {
		Map<Long, Integer> dots = new LinkedHashMap<>();
		jdbc.sql("select card_id, count(*) as n from workshop_vote where session_id = :s and voter = :v group by card_id")
			.param("s", sessionId).param("v", voter)
			.query((rs, n) -> dots.put(rs.getLong("card_id"), rs.getInt("n"))).list();
		return dots;
	}

	public void insertVote(long sessionId, long cardId, String voter, int dot, @Nullable Long singleCard,
			Instant at) {
		jdbc.sql("""
				insert into workshop_vote (session_id, card_id, voter, dot_no, single_card, created_at)
				values (:s, :c, :v, :d, :sc, :at)""")
			.param("s", sessionId).param("c", cardId).param("v", voter).param("d", dot).param("sc", singleCard)
			.param("at", Timestamp.from(at)).update();
	}

	/** Dots per card of one session. */
	public Map<Long, Integer> tally(long sessionId) {
		Map<Long, Integer> tally = new LinkedHashMap<>();
		jdbc.sql("select card_id, count(*) as n from workshop_vote where session_id = :s group by card_id")
			.param("s", sessionId).query((rs, n) -> tally.put(rs.getLong("card_id"), rs.getInt("n"))).list();
		return tally;
	}

	public int voterCount(long sessionId) {
		return jdbc.sql("select count(distinct voter) from workshop_vote where session_id = :s")
			.param("s", sessionId).query(Integer.class).single();
	}

	private VoteSession sessionRow(ResultSet rs, int n) throws SQLException {
		return new VoteSession(rs.getLong("id"), Phase.valueOf(rs.getString("phase")), rs.getString("title"),
				rs.getInt("dots_per_person"), rs.getBoolean("multiple_per_card"), rs.getBoolean("results_visible"),
				rs.getTimestamp("opened_at").toInstant(), instant(rs, "closed_at"));
	}

	// realisation

	public long insertField(long workshopId, @Nullable Long clusterId, String title, int priority, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into workshop_field (workshop_id, cluster_id, title, priority, created_at)
				values (:w, :c, :t, :p, :at)""")
			.param("w", workshopId).param("c", clusterId).param("t", title).param("p", priority)
			.param("at", Timestamp.from(at)).update(keys, "id");
		return key(keys);
	}

	public boolean fieldExists(long workshopId, long fieldId) {
		return jdbc.sql("select count(*) from workshop_field where workshop_id = :w and id = :id")
			.param("w", workshopId).param("id", fieldId).query(Long.class).single() > 0;
	}

	public long insertMeasure(long fieldId, @Nullable Long cardId, String title, @Nullable String kuemmerer,
			@Nullable String firstSteps, @Nullable String realityCheck, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into workshop_measure (field_id, card_id, title, kuemmerer, first_steps, reality_check,
				    created_at)
				values (:f, :c, :t, :k, :s, :r, :at)""")
			.param("f", fieldId).param("c", cardId).param("t", title).param("k", kuemmerer).param("s", firstSteps)
			.param("r", realityCheck).param("at", Timestamp.from(at)).update(keys, "id");
		return key(keys);
	}

	public List<ProposedField> fields(long workshopId) {
		Map<Long, List<ProposedMeasure>> measures = new LinkedHashMap<>();
		jdbc.sql("""
				select m.* from workshop_measure m join workshop_field f on f.id = m.field_id
				where f.workshop_id = :w order by m.id""")
			.param("w", workshopId)
			.query((rs, n) -> measures.computeIfAbsent(rs.getLong("field_id"), k -> new ArrayList<>())
				.add(new ProposedMeasure(rs.getLong("id"), rs.getString("title"), rs.getString("kuemmerer"),
						rs.getString("first_steps"), rs.getString("reality_check"), nullableLong(rs, "card_id"))))
			.list();
		return jdbc.sql("select * from workshop_field where workshop_id = :w order by priority, id")
			.param("w", workshopId)
			.query((rs, n) -> new ProposedField(rs.getLong("id"), rs.getString("title"), rs.getInt("priority"),
					nullableLong(rs, "cluster_id"), List.copyOf(measures.getOrDefault(rs.getLong("id"), List.of()))))
			.list();
	}

	private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static long key(KeyHolder keys) {
		Number key = keys.getKey();
		if (key == null) {
			throw new IllegalStateException("no generated key");
		}
		return key.longValue();
	}
}
