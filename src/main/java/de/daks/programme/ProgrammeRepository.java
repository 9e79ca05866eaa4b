package de.daks.programme;

import de.daks.shared.KommuneId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ProgrammeRepository {

	private final JdbcClient jdbc;

	ProgrammeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Programme programme, Instant now) {
		jdbc.sql("""
				insert into programme (id, name, short_name, description, period_start, period_end, created_at)
				values (:id, :name, :short, :description, :start, :end, :created)""")
			.param("id", programme.id().value())
			.param("name", programme.name())
			.param("short", programme.shortName())
			.param("description", programme.description())
			.param("start", Date.valueOf(programme.periodStart()))
			.param("end", Date.valueOf(programme.periodEnd()))
			.param("created", Timestamp.from(now))
			.update();
	}

	Optional<Programme> findById(ProgrammeId id) {
		return jdbc.sql("select * from programme where id = :id").param("id", id.value())
			.query(ProgrammeRepository::map).optional();
	}

	Optional<Programme> findByShortName(String shortName) {
		return jdbc.sql("select * from programme where short_name = :short").param("short", shortName)
			.query(ProgrammeRepository::map).optional();
	}

	List<Programme> findAll() {
		return jdbc.sql("select * from programme order by period_start desc, name").query(ProgrammeRepository::map)
			.list();
	}

	boolean addKommune(ProgrammeId programme, KommuneId kommune, LocalDate joinedOn) {
		int existing = jdbc.sql("select count(*) from programme_kommune where programme_id = :p and kommune_id = :k")
			.param("p", programme.value()).param("k", kommune.value()).query(Integer.class).single();
		if (existing > 0) {
			return false;
		}
		jdbc.sql("insert into programme_kommune (programme_id, kommune_id, joined_on) values (:p, :k, :d)")
			.param("p", programme.value()).param("k", kommune.value()).param("d", Date.valueOf(joinedOn))
			.update();
		return true;
	}

	boolean removeKommune(ProgrammeId programme, KommuneId kommune) {
		return jdbc.sql("delete from programme_kommune where programme_id = :p and kommune_id = :k")
			.param("p", programme.value()).param("k", kommune.value()).update() > 0;
	}

	List<KommuneId> kommunenOf(ProgrammeId programme) {
		return jdbc.sql("select kommune_id from programme_kommune where programme_id = :p")
			.param("p", programme.value())
			.query((rs, n) -> new KommuneId(rs.getObject(1, UUID.class))).list();
	}

	private static Programme map(ResultSet rs, int row) throws SQLException {
		return new Programme(new ProgrammeId(rs.getObject("id", UUID.class)), rs.getString("name"),
				rs.getString("short_name"), rs.getString("description"), rs.getDate("period_start").toLocalDate(),
				rs.getDate("period_end").toLocalDate());
	}
}
