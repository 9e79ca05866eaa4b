package de.daks.territory;

import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Kommunen of DAKS: register, read, list. */
@Service
public class KommuneManagement {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KommuneManagement(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public KommuneId create(NewKommune kommune) {
		if (kommune.name().isBlank()) {
			throw new IllegalArgumentException("A Kommune needs a name");
		}
		KommuneId id = KommuneId.random();
		jdbc.sql("""
				insert into kommune (id, name, kind, land_code, population, population_date, area_km2, synthetic,
				  created_at)
				values (:id, :name, :kind, :land, :population, :date, :area, :synthetic, :created)""")
			.param("id", id.value())
			.param("name", kommune.name().strip())
			.param("kind", kommune.kind().name())
			.param("land", kommune.landCode())
			.param("population", kommune.population())
			.param("date", kommune.populationDate())
			.param("area", kommune.areaKm2())
			.param("synthetic", kommune.synthetic())
			.param("created", Timestamp.from(clock.instant()))
			.update();
		int position = 0;
		for (String key : kommune.areaKeys()) {
			jdbc.sql("insert into kommune_area (kommune_id, area_key, position) values (:id, :key, :position)")
				.param("id", id.value()).param("key", key).param("position", position++)
				.update();
		}
		audit.record("territory.kommune.created", "Kommune", id.toString(), id, kommune.name());
		events.publishEvent(new KommuneCreated(id));
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<Kommune> find(KommuneId id) {
		return jdbc.sql("select * from kommune where id = :id").param("id", id.value())
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
					rs.getString("land_code"), (Long) rs.getObject("population", Long.class),
					rs.getString("population_date"), rs.getBigDecimal("area_km2"), rs.getBoolean("synthetic")))
			.optional()
			.map(row -> row.toKommune(areaKeys(List.of(row.id())).getOrDefault(row.id(), List.of())));
	}

	@Transactional(readOnly = true)
	public Kommune get(KommuneId id) {
		return find(id).orElseThrow(() -> new NotFoundException("Kommune " + id));
	}

	@Transactional(readOnly = true)
	public List<Kommune> findAll() {
		List<Row> rows = jdbc.sql("select * from kommune order by name")
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("kind"),
					rs.getString("land_code"), (Long) rs.getObject("population", Long.class),
					rs.getString("population_date"), rs.getBigDecimal("area_km2"), rs.getBoolean("synthetic")))
			.list();
		Map<UUID, List<String>> keys = areaKeys(rows.stream().map(Row::id).toList());
		return rows.stream().map(r -> r.toKommune(keys.getOrDefault(r.id(), List.of()))).toList();
	}

	/** The Kommunen with the given ids, in name order; unknown ids are skipped. */
	@Transactional(readOnly = true)
	public List<Kommune> findAll(java.util.Collection<KommuneId> ids) {
		var wanted = ids.stream().map(KommuneId::value).collect(Collectors.toSet());
		return findAll().stream().filter(k -> wanted.contains(k.id().value())).toList();
	}

	private Map<UUID, List<String>> areaKeys(List<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select kommune_id, area_key from kommune_area where kommune_id in (:ids) order by position")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject("kommune_id", UUID.class), rs.getString("area_key")))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
	}

	private record Row(UUID id, String name, String kind, String land, Long population, String date,
			java.math.BigDecimal area, boolean synthetic) {

		Kommune toKommune(List<String> keys) {
			return new Kommune(new KommuneId(id), name, KommuneKind.valueOf(kind), keys, land, population, date, area,
					synthetic);
		}
	}
}
