package de.daks.identity;

import de.daks.shared.KommuneId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and memberships in the tables {@code app_user} and {@code membership}. */
@Repository
class UserRepository implements MembershipLookup {

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> findByEmail(String email) {
		return jdbc.sql("select * from app_user where email = :email")
			.param("email", normalise(email))
			.query(UserRepository::map)
			.optional();
	}

	@Override
	public Optional<UserAccount> findById(UserId id) {
		return jdbc.sql("select * from app_user where id = :id").param("id", id.value()).query(UserRepository::map)
			.optional();
	}

	List<UserAccount> findAll() {
		return jdbc.sql("select * from app_user order by display_name, email").query(UserRepository::map).list();
	}

	void insert(UserAccount user) {
		jdbc.sql("""
				insert into app_user (id, email, display_name, password_hash, global_role, enabled, failed_logins,
				  locked_until, totp_secret, totp_enabled, oidc_subject, created_at)
				values (:id, :email, :name, :hash, :role, :enabled, 0, null, null, false, null, :created)""")
			.param("id", user.id().value())
			.param("email", normalise(user.email()))
			.param("name", user.displayName())
			.param("hash", user.passwordHash())
			.param("role", user.globalRole() == null ? null : user.globalRole().name())
			.param("enabled", user.enabled())
			.param("created", Timestamp.from(user.createdAt()))
			.update();
	}

	void updatePassword(UserId id, String hash) {
		jdbc.sql("update app_user set password_hash = :hash, failed_logins = 0, locked_until = null where id = :id")
			.param("hash", hash)
			.param("id", id.value())
			.update();
	}

	void updateProfile(UserId id, String displayName, @Nullable GlobalRole role, boolean enabled) {
		jdbc.sql("update app_user set display_name = :name, global_role = :role, enabled = :enabled where id = :id")
			.param("name", displayName)
			.param("role", role == null ? null : role.name())
			.param("enabled", enabled)
			.param("id", id.value())
			.update();
	}

	void updateDisplayName(UserId id, String displayName) {
		jdbc.sql("update app_user set display_name = :name where id = :id")
			.param("name", displayName).param("id", id.value()).update();
	}

	/** Counts one more failed sign-in and returns the new count. */
	int incrementFailedLogins(UserId id) {
		jdbc.sql("update app_user set failed_logins = failed_logins + 1 where id = :id").param("id", id.value())
			.update();
		return jdbc.sql("select failed_logins from app_user where id = :id").param("id", id.value())
			.query(Integer.class).single();
	}

	/** Locks until the given time and starts counting afresh, so the next period begins with a clean slate. */
	void lock(UserId id, Instant until) {
		jdbc.sql("update app_user set failed_logins = 0, locked_until = :until where id = :id")
			.param("until", Timestamp.from(until)).param("id", id.value()).update();
	}

	void resetFailedLogins(UserId id) {
		jdbc.sql("update app_user set failed_logins = 0 where id = :id and failed_logins <> 0")
			.param("id", id.value()).update();
	}

	int unlock(UserId id) {
		return jdbc.sql("""
				update app_user set failed_logins = 0, locked_until = null
				where id = :id and (locked_until is not null or failed_logins <> 0)""")
			.param("id", id.value()).update();
	}

	/**
	 * Accepts a TOTP time step if it is later than the last accepted one, atomically: a code can be used once.
	 * @return whether the step was accepted
	 */
	boolean acceptTotpStep(UserId id, long step) {
		return jdbc.sql("""
				update app_user set totp_last_step = :step
				where id = :id and (totp_last_step is null or totp_last_step < :step)""")
			.param("step", step).param("id", id.value()).update() == 1;
	}

	void enableTotp(UserId id, String secret, long acceptedStep) {
		jdbc.sql("update app_user set totp_secret = :secret, totp_enabled = true, totp_last_step = :step where id = :id")
			.param("secret", secret).param("step", acceptedStep).param("id", id.value()).update();
	}

	int disableTotp(UserId id) {
		return jdbc.sql("""
				update app_user set totp_secret = null, totp_enabled = false, totp_last_step = null
				where id = :id""")
			.param("id", id.value()).update();
	}

	Optional<UserAccount> findByOidcSubject(String issuerAndSubject) {
		return jdbc.sql("select * from app_user where oidc_subject = :s").param("s", issuerAndSubject)
			.query(UserRepository::map).optional();
	}

	void linkOidcSubject(UserId id, String issuerAndSubject) {
		jdbc.sql("update app_user set oidc_subject = :s where id = :id").param("s", issuerAndSubject)
			.param("id", id.value()).update();
	}

	void addMembership(UserId user, KommuneId kommune, KommuneRole role, Instant now) {
		int existing = jdbc.sql("select count(*) from membership where user_id = :u and kommune_id = :k and role = :r")
			.param("u", user.value()).param("k", kommune.value()).param("r", role.name())
			.query(Integer.class).single();
		if (existing == 0) {
			jdbc.sql("insert into membership (id, user_id, kommune_id, role, created_at) values (:id, :u, :k, :r, :at)")
				.param("id", UUID.randomUUID()).param("u", user.value()).param("k", kommune.value())
				.param("r", role.name()).param("at", Timestamp.from(now))
				.update();
		}
	}

	int removeMembership(UserId user, KommuneId kommune, KommuneRole role) {
		return jdbc.sql("delete from membership where user_id = :u and kommune_id = :k and role = :r")
			.param("u", user.value()).param("k", kommune.value()).param("r", role.name())
			.update();
	}

	@Override
	public Set<KommuneRole> rolesOf(UserId user, KommuneId kommune) {
		List<String> roles = jdbc.sql("select role from membership where user_id = :u and kommune_id = :k")
			.param("u", user.value()).param("k", kommune.value())
			.query(String.class).list();
		Set<KommuneRole> result = EnumSet.noneOf(KommuneRole.class);
		roles.forEach(r -> result.add(KommuneRole.valueOf(r)));
		return result;
	}

	List<Membership> membershipsOf(UserId user) {
		return jdbc.sql("select * from membership where user_id = :u order by created_at")
			.param("u", user.value())
			.query(UserRepository::mapMembership).list();
	}

	List<Membership> membershipsIn(KommuneId kommune) {
		return jdbc.sql("select * from membership where kommune_id = :k order by role, created_at")
			.param("k", kommune.value())
			.query(UserRepository::mapMembership).list();
	}

	static String normalise(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	private static Membership mapMembership(ResultSet rs, int row) throws SQLException {
		return new Membership(new UserId(rs.getObject("user_id", UUID.class)),
				new KommuneId(rs.getObject("kommune_id", UUID.class)), KommuneRole.valueOf(rs.getString("role")));
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		String role = rs.getString("global_role");
		Timestamp locked = rs.getTimestamp("locked_until");
		return new UserAccount(new UserId(rs.getObject("id", UUID.class)), rs.getString("email"),
				rs.getString("display_name"), rs.getString("password_hash"),
				role == null ? null : GlobalRole.valueOf(role), rs.getBoolean("enabled"), rs.getInt("failed_logins"),
				locked == null ? null : locked.toInstant(), rs.getString("totp_secret"),
				rs.getBoolean("totp_enabled"), rs.getTimestamp("created_at").toInstant());
	}
}
