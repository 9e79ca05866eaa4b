package de.daks.territory.internal;

import de.daks.shared.KommuneId;
import de.daks.territory.Area;
import de.daks.territory.AreaLevel;
import de.daks.territory.AreaShape;
import de.daks.territory.GeoPoint;
import de.daks.territory.TerritoryDataset;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the territory tables. Writes of whole files go through JDBC batches, so 16,000 rows take a second. */
@Repository
public class AreaRepository {

	/** Key lists are queried in chunks so that no statement carries thousands of parameters. */
	private static final int IN_CHUNK = 500;

	private static final int BATCH = 1000;

	static final String SELECT = """
			select a.*, g.area_key as geometry_key, d.id as d_id, d.kind as d_kind, d.file_name as d_file_name,
			  d.gebietsstand as d_gebietsstand, d.imported_at as d_imported_at, d.imported_by as d_imported_by,
			  d.attribution as d_attribution, d.licence as d_licence
			from area a
			left join area_geometry g on g.area_key = a.area_key
			left join territory_dataset d on d.id = a.dataset_id
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AreaRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A row to write. */
	public record AreaRow(String key, AreaLevel level, @Nullable String parentKey, String name,
			@Nullable String typeCode, @Nullable String designation, @Nullable String ags, @Nullable String seat,
			@Nullable Long areaHa, @Nullable Long population, @Nullable Long populationMale,
			@Nullable Long populationFemale, @Nullable LocalDate populationDate, @Nullable String postcode,
			@Nullable UUID datasetId, @Nullable UUID kommuneId) {
	}

	public Optional<Area> find(String key) {
		return jdbc.sql(SELECT + " where a.area_key = :key").param("key", key).query(AreaRepository::area).optional();
	}

	public List<Area> findAll(Collection<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + " where a.area_key in (:keys)").param("keys", List.copyOf(keys))
			.query(AreaRepository::area).list();
	}

	public List<Area> children(String key) {
		return jdbc.sql(SELECT + " where a.parent_key = :key and a.retired = false order by a.name, a.area_key")
			.param("key", key).query(AreaRepository::area).list();
	}

	public List<Area> quartersOf(KommuneId kommune) {
		return jdbc.sql(SELECT + " where a.kommune_id = :kommune and a.level = 'QUARTIER' order by a.name")
			.param("kommune", kommune.value()).query(AreaRepository::area).list();
	}

	public List<Area> searchByName(String folded, String plain, int limit) {
		return jdbc.sql(SELECT + """
				 where a.retired = false and (a.search_name like :contains or a.search_plain like :containsPlain)
				order by case
				    when a.search_name = :q or a.search_plain = :qp then 0
				    when a.search_name like :prefix or a.search_plain like :prefixPlain then 1
				    when a.search_name like :word or a.search_plain like :wordPlain then 2
				    else 3 end,
				  a.population desc nulls last, length(a.area_key), a.area_key
				limit :limit""")
			.param("q", folded).param("qp", plain)
			.param("contains", "%" + folded + "%").param("containsPlain", "%" + plain + "%")
			.param("prefix", folded + "%").param("prefixPlain", plain + "%")
			.param("word", "% " + folded + "%").param("wordPlain", "% " + plain + "%")
			.param("limit", limit)
			.query(AreaRepository::area).list();
	}

	public List<Area> searchByKey(String digits, int limit) {
		return jdbc.sql(SELECT + """
				 where a.retired = false and (a.area_key like :prefix or a.ags like :prefix or a.postcode = :q)
				order by case when a.area_key = :q or a.ags = :q then 0 when a.postcode = :q then 1 else 2 end,
				  length(a.area_key), a.area_key
				limit :limit""")
			.param("q", digits).param("prefix", digits + "%").param("limit", limit)
			.query(AreaRepository::area).list();
	}

	public Set<String> officialKeys() {
		return new HashSet<>(jdbc.sql("select area_key from area where level <> 'QUARTIER'").query(String.class)
			.list());
	}

	public Map<AreaLevel, Integer> countsByLevel() {
		return jdbc.sql("select level, count(*) as n from area where retired = false group by level")
			.query((rs, n) -> Map.entry(AreaLevel.valueOf(rs.getString("level")), rs.getInt("n")))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	public int countOfDataset(UUID dataset) {
		return jdbc.sql("select count(*) from area where dataset_id = :id and retired = false").param("id", dataset)
			.query(Integer.class).single();
	}

	public int countGeometriesOfDataset(UUID dataset) {
		return jdbc.sql("select count(*) from area_geometry where dataset_id = :id").param("id", dataset)
			.query(Integer.class).single();
	}

	public Optional<TerritoryDataset> findDataset(String kind, String sha256) {
		return jdbc.sql("select * from territory_dataset where kind = :kind and sha256 = :sha")
			.param("kind", kind).param("sha", sha256)
			.query((rs, n) -> new TerritoryDataset(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("file_name"), localDate(rs.getDate("gebietsstand")),
					rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"),
					rs.getString("attribution"), rs.getString("licence")))
			.optional();
	}

	public void insertDataset(TerritoryDataset dataset, String sha256, int records) {
		jdbc.sql("""
				insert into territory_dataset (id, kind, file_name, sha256, gebietsstand, imported_at, imported_by,
				  attribution, licence, record_count)
				values (:id, :kind, :file, :sha, :stand, :at, :by, :attribution, :licence, :records)""")
			.param("id", dataset.id()).param("kind", dataset.kind()).param("file", dataset.fileName())
			.param("sha", sha256)
			.param("stand", dataset.gebietsstand() == null ? null : Date.valueOf(dataset.gebietsstand()))
			.param("at", Timestamp.from(dataset.importedAt())).param("by", dataset.importedBy())
			.param("attribution", dataset.attribution()).param("licence", dataset.licence())
			.param("records", records)
			.update();
	}

	/** Inserts new keys and updates existing ones (portable upsert: H2 and PostgreSQL). */
	public void upsert(List<AreaRow> rows, Instant now) {
		Set<String> existing = new HashSet<>(jdbc.sql("select area_key from area").query(String.class).list());
		List<AreaRow> inserts = new ArrayList<>();
		List<AreaRow> updates = new ArrayList<>();
		rows.forEach(r -> (existing.contains(r.key()) ? updates : inserts).add(r));
		Timestamp at = Timestamp.from(now);
		template.batchUpdate("""
				insert into area (level, parent_key, name, search_name, search_plain, type_code, designation, ags,
				  seat, area_ha, population, population_male, population_female, population_date, postcode,
				  dataset_id, kommune_id, retired, updated_at, area_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)""", inserts, BATCH,
				(ps, row) -> bind(ps, row, at));
		template.batchUpdate("""
				update area set level = ?, parent_key = ?, name = ?, search_name = ?, search_plain = ?, type_code = ?,
				  designation = ?, ags = ?, seat = ?, area_ha = ?, population = ?, population_male = ?,
				  population_female = ?, population_date = ?, postcode = ?, dataset_id = ?, kommune_id = ?,
				  retired = false, updated_at = ?
				where area_key = ?""", updates, BATCH, (ps, row) -> bind(ps, row, at));
	}

	/** Marks official areas that a newer Gemeindeverzeichnis no longer lists (dissolved or merged). */
	public int retireOfficialAreasNotIn(UUID dataset, Instant now) {
		return jdbc.sql("""
				update area set retired = true, updated_at = :now
				where level <> 'QUARTIER' and retired = false and (dataset_id is null or dataset_id <> :dataset)
				  and exists (select 1 from territory_dataset d where d.id = area.dataset_id and d.kind = 'GV100AD')""")
			.param("now", Timestamp.from(now)).param("dataset", dataset).update();
	}

	private static void bind(PreparedStatement ps, AreaRow row, Timestamp at) throws SQLException {
		int i = 1;
		ps.setString(i++, row.level().name());
		ps.setString(i++, row.parentKey());
		ps.setString(i++, row.name());
		ps.setString(i++, SearchNames.folded(row.name()));
		ps.setString(i++, SearchNames.plain(row.name()));
		ps.setString(i++, row.typeCode());
		ps.setString(i++, row.designation());
		ps.setString(i++, row.ags());
		ps.setString(i++, row.seat());
		setLong(ps, i++, row.areaHa());
		setLong(ps, i++, row.population());
		setLong(ps, i++, row.populationMale());
		setLong(ps, i++, row.populationFemale());
		ps.setDate(i++, row.populationDate() == null ? null : Date.valueOf(row.populationDate()));
		ps.setString(i++, row.postcode());
		ps.setObject(i++, row.datasetId());
		ps.setObject(i++, row.kommuneId());
		ps.setTimestamp(i++, at);
		ps.setString(i, row.key());
	}

	private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.BIGINT);
		}
		else {
			ps.setLong(index, value);
		}
	}

	public void delete(String key) {
		jdbc.sql("delete from area_geometry where area_key = :key").param("key", key).update();
		jdbc.sql("delete from area where area_key = :key").param("key", key).update();
	}

	/** A boundary to store. */
	public record GeometryRow(String key, String geoJson, Envelope bounds, double pointLon, double pointLat,
			int points) {
	}

	/** Replaces the boundaries of the given keys. */
	public void saveGeometries(List<GeometryRow> rows, @Nullable UUID dataset, Instant now) {
		List<String> keys = rows.stream().map(GeometryRow::key).toList();
		for (int from = 0; from < keys.size(); from += BATCH) {
			jdbc.sql("delete from area_geometry where area_key in (:keys)")
				.param("keys", keys.subList(from, Math.min(keys.size(), from + BATCH))).update();
		}
		Timestamp at = Timestamp.from(now);
		template.batchUpdate("""
				insert into area_geometry (area_key, geojson, min_lon, min_lat, max_lon, max_lat, point_lon, point_lat,
				  point_count, dataset_id, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, BATCH, (ps, row) -> {
			ps.setString(1, row.key());
			ps.setString(2, row.geoJson());
			ps.setDouble(3, row.bounds().getMinX());
			ps.setDouble(4, row.bounds().getMinY());
			ps.setDouble(5, row.bounds().getMaxX());
			ps.setDouble(6, row.bounds().getMaxY());
			ps.setDouble(7, row.pointLon());
			ps.setDouble(8, row.pointLat());
			ps.setInt(9, row.points());
			ps.setObject(10, dataset);
			ps.setTimestamp(11, at);
		});
	}

	public void deleteGeometry(String key) {
		jdbc.sql("delete from area_geometry where area_key = :key").param("key", key).update();
	}

	private static final String SHAPE = """
			select g.*, a.name, a.level from area_geometry g join area a on a.area_key = g.area_key""";

	public Optional<AreaShape> shape(String key) {
		return jdbc.sql(SHAPE + " where g.area_key = :key").param("key", key).query(AreaRepository::shape)
			.optional();
	}

	public List<AreaShape> shapes(AreaLevel level) {
		return jdbc.sql(SHAPE + " where a.level = :level and a.retired = false order by a.area_key")
			.param("level", level.name()).query(AreaRepository::shape).list();
	}

	public List<AreaShape> shapes(Collection<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SHAPE + " where g.area_key in (:keys) order by a.area_key").param("keys", List.copyOf(keys))
			.query(AreaRepository::shape).list();
	}

	public Optional<GeoPoint> point(String key) {
		return jdbc.sql("select point_lon, point_lat from area_geometry where area_key = :key").param("key", key)
			.query((rs, n) -> new GeoPoint(rs.getDouble("point_lon"), rs.getDouble("point_lat"))).optional();
	}

	/** The marker points of those of the given areas that have a boundary, by key (in chunks, no query per key). */
	public Map<String, GeoPoint> points(Collection<String> keys) {
		Map<String, GeoPoint> points = new HashMap<>();
		List<String> all = List.copyOf(new java.util.LinkedHashSet<>(keys));
		for (int from = 0; from < all.size(); from += IN_CHUNK) {
			jdbc.sql("select area_key, point_lon, point_lat from area_geometry where area_key in (:keys)")
				.param("keys", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
				.query((rs, n) -> Map.entry(rs.getString("area_key"),
						new GeoPoint(rs.getDouble("point_lon"), rs.getDouble("point_lat"))))
				.list().forEach(e -> points.put(e.getKey(), e.getValue()));
		}
		return points;
	}

	/** The parent keys of those of the given areas that have a parent, by key (in chunks). */
	public Map<String, String> parentKeys(Collection<String> keys) {
		Map<String, String> parents = new HashMap<>();
		List<String> all = List.copyOf(new java.util.LinkedHashSet<>(keys));
		for (int from = 0; from < all.size(); from += IN_CHUNK) {
			jdbc.sql("select area_key, parent_key from area where area_key in (:keys) and parent_key is not null")
				.param("keys", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
				.query((rs, n) -> Map.entry(rs.getString("area_key"), rs.getString("parent_key")))
				.list().forEach(e -> parents.put(e.getKey(), e.getValue()));
		}
		return parents;
	}

	private static AreaShape shape(ResultSet rs, int n) throws SQLException {
		return new AreaShape(rs.getString("area_key"), rs.getString("name"), AreaLevel.valueOf(rs.getString("level")),
				rs.getString("geojson"), new Envelope(rs.getDouble("min_lon"), rs.getDouble("max_lon"),
						rs.getDouble("min_lat"), rs.getDouble("max_lat")),
				new GeoPoint(rs.getDouble("point_lon"), rs.getDouble("point_lat")));
	}

	static Area area(ResultSet rs, int n) throws SQLException {
		UUID datasetId = rs.getObject("d_id", UUID.class);
		TerritoryDataset dataset = datasetId == null ? null
				: new TerritoryDataset(datasetId, rs.getString("d_kind"), rs.getString("d_file_name"),
						localDate(rs.getDate("d_gebietsstand")), rs.getTimestamp("d_imported_at").toInstant(),
						rs.getString("d_imported_by"), rs.getString("d_attribution"), rs.getString("d_licence"));
		UUID kommune = rs.getObject("kommune_id", UUID.class);
		return new Area(rs.getString("area_key"), AreaLevel.valueOf(rs.getString("level")),
				rs.getString("parent_key"), rs.getString("name"), rs.getString("type_code"),
				rs.getString("designation"), rs.getString("ags"), rs.getString("seat"), getLong(rs, "area_ha"),
				getLong(rs, "population"), getLong(rs, "population_male"), getLong(rs, "population_female"),
				localDate(rs.getDate("population_date")), rs.getString("postcode"), dataset,
				kommune == null ? null : new KommuneId(kommune), rs.getString("geometry_key") != null);
	}

	private static @Nullable Long getLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable LocalDate localDate(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}
}
