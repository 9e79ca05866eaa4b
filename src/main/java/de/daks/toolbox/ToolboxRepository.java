package de.daks.toolbox;

import de.daks.process.Step;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ToolboxRepository {

	private static final String SELECT = """
			select e.*, v.* from toolbox_entry e
			join toolbox_entry_version v on v.entry_id = e.id
			 and v.version = (select max(x.version) from toolbox_entry_version x where x.entry_id = e.id)
			""";

	private final JdbcClient jdbc;

	ToolboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insertEntry(UUID id, String slug, EntryStatus status, @Nullable UUID user, @Nullable UUID kommune,
			@Nullable String starterKey, Instant now) {
		jdbc.sql("""
				insert into toolbox_entry (id, slug, status, proposed_by_user, proposed_by_kommune, starter_key,
				 created_at, published_at) values (:id, :slug, :status, :user, :kommune, :starter, :now, :published)""")
			.param("id", id).param("slug", slug).param("status", status.name()).param("user", user)
			.param("kommune", kommune).param("starter", starterKey).param("now", Timestamp.from(now))
			.param("published", status == EntryStatus.PUBLISHED ? Timestamp.from(now) : null)
			.update();
	}

	void insertVersion(UUID entry, int version, EntryContent c, String by, Instant now) {
		jdbc.sql("""
				insert into toolbox_entry_version (entry_id, version, type, title, problem, description, steps_text,
				 effort_time, effort_staff, effort_cost, sizes, process_steps, themes, target_groups, origin, links,
				 licence, created_at, created_by)
				values (:entry, :version, :type, :title, :problem, :description, :steps, :time, :staff, :cost, :sizes,
				 :processSteps, :themes, :groups, :origin, :links, :licence, :now, :by)""")
			.param("entry", entry).param("version", version).param("type", c.type().name())
			.param("title", c.title()).param("problem", c.problem()).param("description", c.description())
			.param("steps", c.steps()).param("time", c.effortTime()).param("staff", c.effortStaff())
			.param("cost", c.effortCost()).param("sizes", join(c.sizes()))
			.param("processSteps", join(c.processSteps())).param("themes", join(c.themes()))
			.param("groups", join(c.targetGroups())).param("origin", c.origin())
			.param("links", String.join("\n", c.links())).param("licence", c.licence())
			.param("now", Timestamp.from(now)).param("by", by)
			.update();
	}

	int latestVersion(UUID entry) {
		Integer v = jdbc.sql("select max(version) from toolbox_entry_version where entry_id = :id").param("id", entry)
			.query(Integer.class).single();
		return v == null ? 0 : v;
	}

	void setStatus(UUID entry, EntryStatus status, Instant now) {
		jdbc.sql("""
				update toolbox_entry set status = :status,
				 published_at = case when :published then :now else published_at end where id = :id""")
			.param("status", status.name()).param("published", status == EntryStatus.PUBLISHED)
			.param("now", Timestamp.from(now)).param("id", entry).update();
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("select count(*) from toolbox_entry where slug = :slug").param("slug", slug)
			.query(Integer.class).single() > 0;
	}

	boolean starterLoaded(String key) {
		return jdbc.sql("select count(*) from toolbox_entry where starter_key = :key").param("key", key)
			.query(Integer.class).single() > 0;
	}

	List<ToolboxEntry> findAll() {
		return jdbc.sql(SELECT + " order by v.title").query(ToolboxRepository::map).list();
	}

	List<ToolboxEntry> findByStatus(EntryStatus status) {
		return jdbc.sql(SELECT + " where e.status = :status order by e.created_at").param("status", status.name())
			.query(ToolboxRepository::map).list();
	}

	Optional<ToolboxEntry> findBySlug(String slug) {
		return jdbc.sql(SELECT + " where e.slug = :slug").param("slug", slug).query(ToolboxRepository::map)
			.optional();
	}

	Optional<ToolboxEntry> findById(UUID id) {
		return jdbc.sql(SELECT + " where e.id = :id").param("id", id).query(ToolboxRepository::map).optional();
	}

	List<ToolboxEntry> versions(UUID entry) {
		return jdbc.sql("""
				select e.*, v.* from toolbox_entry e join toolbox_entry_version v on v.entry_id = e.id
				where e.id = :id order by v.version desc""")
			.param("id", entry).query(ToolboxRepository::map).list();
	}

	void rate(UUID entry, UUID user, int useful, Instant now) {
		jdbc.sql("delete from toolbox_rating where entry_id = :e and user_id = :u").param("e", entry)
			.param("u", user).update();
		jdbc.sql("insert into toolbox_rating (entry_id, user_id, useful, rated_at) values (:e, :u, :useful, :now)")
			.param("e", entry).param("u", user).param("useful", useful).param("now", Timestamp.from(now)).update();
	}

	Rating rating(UUID entry) {
		return jdbc.sql("select count(*) as n, avg(cast(useful as decimal(6,2))) as mean from toolbox_rating "
				+ "where entry_id = :e")
			.param("e", entry)
			.query((rs, n) -> new Rating(rs.getInt("n"), rs.getBigDecimal("mean")))
			.single();
	}

	void comment(UUID entry, UUID user, String author, String text, Instant now) {
		jdbc.sql("""
				insert into toolbox_comment (entry_id, user_id, author_name, text, created_at)
				values (:e, :u, :author, :text, :now)""")
			.param("e", entry).param("u", user).param("author", author).param("text", text)
			.param("now", Timestamp.from(now)).update();
	}

	List<EntryComment> comments(UUID entry) {
		return jdbc.sql("select * from toolbox_comment where entry_id = :e order by created_at, id")
			.param("e", entry)
			.query((rs, n) -> new EntryComment(rs.getString("author_name"), rs.getString("text"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	private static ToolboxEntry map(ResultSet rs, int row) throws SQLException {
		EntryContent content = new EntryContent(EntryType.valueOf(rs.getString("type")), rs.getString("title"),
				rs.getString("problem"), rs.getString("description"), rs.getString("steps_text"),
				rs.getString("effort_time"), rs.getString("effort_staff"), rs.getString("effort_cost"),
				split(rs.getString("sizes"), Suitability.class), split(rs.getString("process_steps"), Step.class),
				split(rs.getString("themes"), Theme.class), split(rs.getString("target_groups"), TargetGroup.class),
				rs.getString("origin"),
				Arrays.stream(rs.getString("links").split("\n")).map(String::strip).filter(s -> !s.isEmpty())
					.toList(),
				rs.getString("licence"));
		Timestamp published = rs.getTimestamp("published_at");
		return new ToolboxEntry(rs.getObject("id", UUID.class), rs.getString("slug"),
				EntryStatus.valueOf(rs.getString("status")), rs.getInt("version"), content,
				rs.getObject("proposed_by_user", UUID.class), rs.getObject("proposed_by_kommune", UUID.class),
				rs.getTimestamp("created_at").toInstant(), published == null ? null : published.toInstant(),
				rs.getTimestamp(rsIndex(rs, "created_at", 2)).toInstant(), rs.getString("created_by"));
	}

	/** The n-th column of that name (entry and version both have created_at). */
	private static int rsIndex(ResultSet rs, String name, int occurrence) throws SQLException {
		int seen = 0;
		for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
			if (rs.getMetaData().getColumnLabel(i).equalsIgnoreCase(name) && ++seen == occurrence) {
				return i;
			}
		}
		throw new SQLException("No column " + name + " #" + occurrence);
	}

	static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> split(String joined, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		for (String part : joined.split(",")) {
			if (!part.isBlank()) {
				set.add(Enum.valueOf(type, part.strip()));
			}
		}
		return set;
	}
}
