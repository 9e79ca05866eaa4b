package de.daks.network;

import de.daks.process.Step;
import de.daks.shared.KommuneId;
import de.daks.territory.Land;
import de.daks.toolbox.Theme;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
class ConsultantRepository {

	private final JdbcClient jdbc;

	ConsultantRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(ConsultantProfile p) {
		boolean exists = findById(p.id()).isPresent();
		jdbc.sql(exists ? """
				update consultant_profile set user_id = :user, display_name = :name, organisation = :organisation,
				 themes = :themes, methods = :methods, process_steps = :steps, regions = :regions,
				 nationwide = :nationwide, languages = :languages, references_text = :references, rate_min = :rateMin,
				 rate_max = :rateMax, days_per_month = :days, available_from = :from, status = :status,
				 updated_at = :updated, approved_at = :approved where id = :id""" : """
				insert into consultant_profile (id, user_id, display_name, organisation, themes, methods, process_steps,
				 regions, nationwide, languages, references_text, rate_min, rate_max, days_per_month, available_from,
				 status, updated_at, approved_at)
				values (:id, :user, :name, :organisation, :themes, :methods, :steps, :regions, :nationwide, :languages,
				 :references, :rateMin, :rateMax, :days, :from, :status, :updated, :approved)""")
			.param("id", p.id()).param("user", p.userId()).param("name", p.displayName())
			.param("organisation", p.organisation()).param("themes", join(p.themes()))
			.param("methods", join(p.methods())).param("steps", join(p.steps())).param("regions", join(p.regions()))
			.param("nationwide", p.nationwide()).param("languages", p.languages())
			.param("references", p.references()).param("rateMin", p.rateMin()).param("rateMax", p.rateMax())
			.param("days", p.daysPerMonth())
			.param("from", p.availableFrom() == null ? null : Date.valueOf(p.availableFrom()))
			.param("status", p.status().name()).param("updated", Timestamp.from(p.updatedAt()))
			.param("approved", p.approvedAt() == null ? null : Timestamp.from(p.approvedAt()))
			.update();
	}

	Optional<ConsultantProfile> findByUser(UUID user) {
		return jdbc.sql("select * from consultant_profile where user_id = :u").param("u", user)
			.query(ConsultantRepository::map).optional();
	}

	Optional<ConsultantProfile> findById(UUID id) {
		return jdbc.sql("select * from consultant_profile where id = :id").param("id", id)
			.query(ConsultantRepository::map).optional();
	}

	List<ConsultantProfile> findAll() {
		return jdbc.sql("select * from consultant_profile order by display_name").query(ConsultantRepository::map)
			.list();
	}

	void approve(UUID id, Instant now) {
		jdbc.sql("update consultant_profile set status = 'APPROVED', approved_at = :now where id = :id")
			.param("now", Timestamp.from(now)).param("id", id).update();
	}

	void insertRequest(ConsultantRequest r) {
		jdbc.sql("""
				insert into consultant_request (id, profile_id, kommune_id, themes, process_step, budget, days, message,
				 status, requested_by, created_at) values (:id, :profile, :kommune, :themes, :step, :budget, :days,
				 :message, :status, :by, :created)""")
			.param("id", r.id()).param("profile", r.profileId()).param("kommune", r.kommune().value())
			.param("themes", join(r.themes())).param("step", r.step() == null ? null : r.step().name())
			.param("budget", r.budget()).param("days", r.days()).param("message", r.message())
			.param("status", r.status().name()).param("by", r.requestedBy())
			.param("created", Timestamp.from(r.createdAt())).update();
	}

	boolean decide(UUID id, ConsultantRequest.Status status, Instant now) {
		return jdbc.sql("""
				update consultant_request set status = :status, decided_at = :now
				where id = :id and status = 'REQUESTED'""")
			.param("status", status.name()).param("now", Timestamp.from(now)).param("id", id).update() == 1;
	}

	Optional<ConsultantRequest> findRequest(UUID id) {
		return jdbc.sql("select * from consultant_request where id = :id").param("id", id)
			.query(ConsultantRepository::mapRequest).optional();
	}

	List<ConsultantRequest> requestsOf(UUID profile) {
		return jdbc.sql("select * from consultant_request where profile_id = :p order by created_at desc")
			.param("p", profile).query(ConsultantRepository::mapRequest).list();
	}

	List<ConsultantRequest> requestsFor(KommuneId kommune) {
		return jdbc.sql("select * from consultant_request where kommune_id = :k order by created_at desc")
			.param("k", kommune.value()).query(ConsultantRepository::mapRequest).list();
	}

	private static ConsultantProfile map(ResultSet rs, int row) throws SQLException {
		Date from = rs.getDate("available_from");
		Timestamp approved = rs.getTimestamp("approved_at");
		return new ConsultantProfile(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("display_name"), rs.getString("organisation"), split(rs.getString("themes"), Theme.class),
				split(rs.getString("methods"), ConsultingMethod.class), split(rs.getString("process_steps"), Step.class),
				split(rs.getString("regions"), Land.class), rs.getBoolean("nationwide"), rs.getString("languages"),
				rs.getString("references_text"), rs.getBigDecimal("rate_min"), rs.getBigDecimal("rate_max"),
				rs.getInt("days_per_month"), from == null ? null : from.toLocalDate(),
				ProfileStatus.valueOf(rs.getString("status")), rs.getTimestamp("updated_at").toInstant(),
				approved == null ? null : approved.toInstant());
	}

	private static ConsultantRequest mapRequest(ResultSet rs, int row) throws SQLException {
		String step = rs.getString("process_step");
		Timestamp decided = rs.getTimestamp("decided_at");
		int days = rs.getInt("days");
		Integer daysOrNull = rs.wasNull() ? null : days;
		return new ConsultantRequest(rs.getObject("id", UUID.class), rs.getObject("profile_id", UUID.class),
				new KommuneId(rs.getObject("kommune_id", UUID.class)), split(rs.getString("themes"), Theme.class),
				step == null ? null : Step.valueOf(step), rs.getBigDecimal("budget"), daysOrNull,
				rs.getString("message"), ConsultantRequest.Status.valueOf(rs.getString("status")),
				rs.getObject("requested_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
				decided == null ? null : decided.toInstant());
	}

	static String join(Set<? extends Enum<?>> values) {
		return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
	}

	static <E extends Enum<E>> Set<E> split(@Nullable String joined, Class<E> type) {
		EnumSet<E> set = EnumSet.noneOf(type);
		if (joined != null) {
			for (String part : joined.split(",")) {
				if (!part.isBlank()) {
					set.add(Enum.valueOf(type, part.strip()));
				}
			}
		}
		return set;
	}
}
