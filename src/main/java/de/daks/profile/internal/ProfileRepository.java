package de.daks.profile.internal;

import de.daks.profile.ExpertInterview;
import de.daks.profile.InventoryItem;
import de.daks.profile.InventoryKind;
import de.daks.profile.ProfileTopic;
import de.daks.profile.SwotItem;
import de.daks.profile.SwotQuadrant;
import de.daks.shared.KommuneId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Reads and writes the profile tables ({@code profile_*}, migration V9_0). No permission checks here. */
@Repository
public class ProfileRepository {

	/** Section keys of {@code profile_section_change} besides the topic slugs. */
	public static final String INVENTORY = "inventory";

	public static final String INTERVIEWS = "interviews";

	public static final String SWOT = "swot";

	private final JdbcClient jdbc;

	ProfileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ------------------------------------------------------------------------------------------ sections

	/** Last change per section key. */
	public Map<String, SectionChange> sectionChanges(KommuneId kommune) {
		Map<String, SectionChange> changes = new HashMap<>();
		jdbc.sql("select section, changed_at, changed_by_name from profile_section_change where kommune_id = :k")
			.param("k", kommune.value())
			.query((rs, n) -> new SectionChange(rs.getString("section"), rs.getTimestamp("changed_at").toInstant(),
					rs.getString("changed_by_name")))
			.list()
			.forEach(c -> changes.put(c.section(), c));
		return changes;
	}

	public void touch(KommuneId kommune, String section, Instant at, String by) {
		int updated = jdbc.sql("""
				update profile_section_change set changed_at = :at, changed_by_name = :by
				where kommune_id = :k and section = :s""")
			.param("at", Timestamp.from(at)).param("by", by).param("k", kommune.value()).param("s", section)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into profile_section_change (kommune_id, section, changed_at, changed_by_name)
					values (:k, :s, :at, :by)""")
				.param("at", Timestamp.from(at)).param("by", by).param("k", kommune.value()).param("s", section)
				.update();
		}
	}

	public record SectionChange(String section, Instant at, String by) {
	}

	// ------------------------------------------------------------------------------------------ texts

	public Map<ProfileTopic, String> texts(KommuneId kommune) {
		Map<ProfileTopic, String> texts = new EnumMap<>(ProfileTopic.class);
		jdbc.sql("select topic, html from profile_text where kommune_id = :k")
			.param("k", kommune.value())
			.query((rs, n) -> Map.entry(ProfileTopic.valueOf(rs.getString("topic")), rs.getString("html")))
			.list()
			.forEach(e -> texts.put(e.getKey(), e.getValue()));
		return texts;
	}

	/** The text as typed (Markdown or HTML) and its sanitised HTML. */
	public Optional<StoredText> text(KommuneId kommune, ProfileTopic topic) {
		return jdbc.sql("select source, html from profile_text where kommune_id = :k and topic = :t")
			.param("k", kommune.value()).param("t", topic.name())
			.query((rs, n) -> new StoredText(rs.getString("source"), rs.getString("html")))
			.optional();
	}

	public record StoredText(String source, String html) {
	}

	public void saveText(KommuneId kommune, ProfileTopic topic, String source, String html, Instant at) {
		int updated = jdbc.sql("""
				update profile_text set source = :source, html = :html, updated_at = :at
				where kommune_id = :k and topic = :t""")
			.param("source", source).param("html", html).param("at", Timestamp.from(at))
			.param("k", kommune.value()).param("t", topic.name())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					insert into profile_text (kommune_id, topic, source, html, updated_at)
					values (:k, :t, :source, :html, :at)""")
				.param("source", source).param("html", html).param("at", Timestamp.from(at))
				.param("k", kommune.value()).param("t", topic.name())
				.update();
		}
	}

	public boolean deleteText(KommuneId kommune, ProfileTopic topic) {
		return jdbc.sql("delete from profile_text where kommune_id = :k and topic = :t")
			.param("k", kommune.value()).param("t", topic.name())
			.update() > 0;
	}

	// ------------------------------------------------------------------------------------------ inventory

	public List<InventoryItem> inventory(KommuneId kommune) {
		return jdbc.sql("select * from profile_inventory_item where kommune_id = :k order by kind, title, id")
			.param("k", kommune.value())
			.query((rs, n) -> {
				int since = rs.getInt("since_year");
				Integer sinceYear = rs.wasNull() ? null : since;
				return new InventoryItem(rs.getLong("id"), rs.getString("title"),
						InventoryKind.valueOf(rs.getString("kind")), rs.getString("topic"),
						rs.getString("responsible"), sinceYear, rs.getString("target_group"),
						rs.getString("description"));
			})
			.list();
	}

	public Optional<InventoryItem> inventoryItem(KommuneId kommune, long id) {
		return inventory(kommune).stream().filter(i -> i.id() == id).findFirst();
	}

	public long insertInventory(KommuneId kommune, InventoryItem item, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into profile_inventory_item (kommune_id, title, kind, topic, responsible, since_year,
				    target_group, description, created_at, updated_at)
				values (:k, :title, :kind, :topic, :responsible, :since, :target, :description, :at, :at)""")
			.param("k", kommune.value())
			.params(inventoryParams(item))
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		return key(keys);
	}

	public boolean updateInventory(KommuneId kommune, InventoryItem item, Instant at) {
		return jdbc.sql("""
				update profile_inventory_item set title = :title, kind = :kind, topic = :topic,
				    responsible = :responsible, since_year = :since, target_group = :target,
				    description = :description, updated_at = :at
				where id = :id and kommune_id = :k""")
			.param("k", kommune.value())
			.param("id", item.id())
			.params(inventoryParams(item))
			.param("at", Timestamp.from(at))
			.update() > 0;
	}

	private static Map<String, @Nullable Object> inventoryParams(InventoryItem item) {
		Map<String, @Nullable Object> params = new LinkedHashMap<>();
		params.put("title", item.title());
		params.put("kind", item.kind().name());
		params.put("topic", item.topic());
		params.put("responsible", item.responsible());
		params.put("since", item.since());
		params.put("target", item.targetGroup());
		params.put("description", item.description());
		return params;
	}

	public boolean deleteInventory(KommuneId kommune, long id) {
		return jdbc.sql("delete from profile_inventory_item where id = :id and kommune_id = :k")
			.param("id", id).param("k", kommune.value())
			.update() > 0;
	}

	// ------------------------------------------------------------------------------------------ interviews

	public List<ExpertInterview> interviews(KommuneId kommune) {
		Map<Long, List<String>> statements = new HashMap<>();
		jdbc.sql("""
				select s.interview_id, s.text from profile_interview_statement s
				join profile_interview i on i.id = s.interview_id
				where i.kommune_id = :k order by s.interview_id, s.position""")
			.param("k", kommune.value())
			.query((rs, n) -> Map.entry(rs.getLong("interview_id"), rs.getString("text")))
			.list()
			.forEach(e -> statements.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("select * from profile_interview where kommune_id = :k order by interview_date, id")
			.param("k", kommune.value())
			.query((rs, n) -> new ExpertInterview(rs.getLong("id"), rs.getString("person"),
					rs.getString("person_role"), rs.getObject("interview_date", LocalDate.class),
					statements.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	public Optional<ExpertInterview> interview(KommuneId kommune, long id) {
		return interviews(kommune).stream().filter(i -> i.id() == id).findFirst();
	}

	public long insertInterview(KommuneId kommune, ExpertInterview interview, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into profile_interview (kommune_id, person, person_role, interview_date, created_at, updated_at)
				values (:k, :person, :role, :date, :at, :at)""")
			.param("k", kommune.value())
			.param("person", interview.person())
			.param("role", interview.role())
			.param("date", interview.date())
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		long id = key(keys);
		insertStatements(id, interview.statements());
		return id;
	}

	public boolean updateInterview(KommuneId kommune, ExpertInterview interview, Instant at) {
		boolean updated = jdbc.sql("""
				update profile_interview set person = :person, person_role = :role, interview_date = :date,
				    updated_at = :at
				where id = :id and kommune_id = :k""")
			.param("k", kommune.value())
			.param("id", interview.id())
			.param("person", interview.person())
			.param("role", interview.role())
			.param("date", interview.date())
			.param("at", Timestamp.from(at))
			.update() > 0;
		if (updated) {
			jdbc.sql("delete from profile_interview_statement where interview_id = :id")
				.param("id", interview.id())
				.update();
			insertStatements(interview.id(), interview.statements());
		}
		return updated;
	}

	private void insertStatements(long interviewId, List<String> statements) {
		for (int i = 0; i < statements.size(); i++) {
			jdbc.sql("insert into profile_interview_statement (interview_id, position, text) values (:id, :p, :t)")
				.param("id", interviewId).param("p", i).param("t", statements.get(i))
				.update();
		}
	}

	public boolean deleteInterview(KommuneId kommune, long id) {
		return jdbc.sql("delete from profile_interview where id = :id and kommune_id = :k")
			.param("id", id).param("k", kommune.value())
			.update() > 0;
	}

	// ------------------------------------------------------------------------------------------ SWOT

	public List<SwotItem> swot(KommuneId kommune) {
		Map<Long, List<String>> indicators = new HashMap<>();
		jdbc.sql("""
				select l.swot_item_id, l.indicator_id from profile_swot_indicator l
				join profile_swot_item s on s.id = l.swot_item_id
				where s.kommune_id = :k order by l.swot_item_id, l.indicator_id""")
			.param("k", kommune.value())
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach(e -> indicators.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(e.getValue()));
		Map<Long, List<Long>> interviews = new HashMap<>();
		jdbc.sql("""
				select l.swot_item_id, l.interview_id from profile_swot_interview l
				join profile_swot_item s on s.id = l.swot_item_id
				where s.kommune_id = :k order by l.swot_item_id, l.interview_id""")
			.param("k", kommune.value())
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.forEach(e -> interviews.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(e.getValue()));
		return jdbc.sql("select * from profile_swot_item where kommune_id = :k order by quadrant, id")
			.param("k", kommune.value())
			.query((rs, n) -> {
				long id = rs.getLong("id");
				return new SwotItem(id, SwotQuadrant.valueOf(rs.getString("quadrant")), rs.getString("text"),
						indicators.getOrDefault(id, List.of()), interviews.getOrDefault(id, List.of()));
			})
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(SwotItem::quadrant).thenComparingLong(SwotItem::id))
			.toList();
	}

	public Optional<SwotItem> swotItem(KommuneId kommune, long id) {
		return swot(kommune).stream().filter(i -> i.id() == id).findFirst();
	}

	public long insertSwot(KommuneId kommune, SwotItem item, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into profile_swot_item (kommune_id, quadrant, text, created_at, updated_at)
				values (:k, :q, :text, :at, :at)""")
			.param("k", kommune.value())
			.param("q", item.quadrant().name())
			.param("text", item.text())
			.param("at", Timestamp.from(at))
			.update(keys, "id");
		long id = key(keys);
		insertLinks(id, item);
		return id;
	}

	public boolean updateSwot(KommuneId kommune, SwotItem item, Instant at) {
		boolean updated = jdbc.sql("""
				update profile_swot_item set quadrant = :q, text = :text, updated_at = :at
				where id = :id and kommune_id = :k""")
			.param("k", kommune.value())
			.param("id", item.id())
			.param("q", item.quadrant().name())
			.param("text", item.text())
			.param("at", Timestamp.from(at))
			.update() > 0;
		if (updated) {
			jdbc.sql("delete from profile_swot_indicator where swot_item_id = :id").param("id", item.id()).update();
			jdbc.sql("delete from profile_swot_interview where swot_item_id = :id").param("id", item.id()).update();
			insertLinks(item.id(), item);
		}
		return updated;
	}

	private void insertLinks(long id, SwotItem item) {
		for (String indicator : item.indicatorIds()) {
			jdbc.sql("insert into profile_swot_indicator (swot_item_id, indicator_id) values (:id, :i)")
				.param("id", id).param("i", indicator)
				.update();
		}
		for (long interview : item.interviewIds()) {
			jdbc.sql("insert into profile_swot_interview (swot_item_id, interview_id) values (:id, :i)")
				.param("id", id).param("i", interview)
				.update();
		}
	}

	public boolean deleteSwot(KommuneId kommune, long id) {
		return jdbc.sql("delete from profile_swot_item where id = :id and kommune_id = :k")
			.param("id", id).param("k", kommune.value())
			.update() > 0;
	}

	private static long key(KeyHolder keys) {
		Map<String, Object> map = keys.getKeys();
		Object value = map == null ? null : map.values().stream().findFirst().orElse(null);
		if (value == null) {
			Number number = keys.getKey();
			if (number == null) {
				throw new IllegalStateException("no generated key");
			}
			return number.longValue();
		}
		return ((Number) value).longValue();
	}
}
