package de.daks.identity;

import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and memberships: the identity module's API for other modules and for its own pages. */
@Service
public class UserManagement {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final Clock clock;

	UserManagement(UserRepository users, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates an account.
	 * @param rawPassword the initial password, or null for an account that is activated by invitation or OIDC
	 * @throws IllegalArgumentException if the e-mail address is already taken
	 */
	@Transactional
	public UserId createUser(String email, String displayName, @Nullable String rawPassword,
			@Nullable GlobalRole globalRole) {
		if (users.findByEmail(email).isPresent()) {
			throw new IllegalArgumentException("E-mail address already registered: " + email);
		}
		UserId id = UserId.random();
		users.insert(new UserAccount(id, UserRepository.normalise(email), displayName.strip(),
				rawPassword == null ? null : passwordEncoder.encode(rawPassword), globalRole, true, 0, null, null,
				false, clock.instant()));
		audit.record("identity.user.created", "User", id.toString(), null,
				email + (globalRole == null ? "" : " (" + globalRole + ")"));
		return id;
	}

	@Transactional
	public void addMembership(UserId user, KommuneId kommune, KommuneRole role) {
		users.addMembership(user, kommune, role, clock.instant());
		audit.record("identity.membership.added", "Membership", user.toString(), kommune, role.name());
	}

	@Transactional
	public void removeMembership(UserId user, KommuneId kommune, KommuneRole role) {
		if (users.removeMembership(user, kommune, role) > 0) {
			audit.record("identity.membership.removed", "Membership", user.toString(), kommune, role.name());
		}
	}

	@Transactional
	public void changePassword(UserId user, String rawPassword) {
		users.updatePassword(user, passwordEncoder.encode(rawPassword));
		audit.record("identity.password.changed", "User", user.toString(), null, "password changed");
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> findByEmail(String email) {
		return users.findByEmail(email);
	}

	@Transactional(readOnly = true)
	public UserAccount get(UserId id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
	}

	@Transactional(readOnly = true)
	public List<UserAccount> findAll() {
		return users.findAll();
	}

	@Transactional(readOnly = true)
	public List<Membership> membershipsOf(UserId user) {
		return users.membershipsOf(user);
	}

	@Transactional(readOnly = true)
	public List<Membership> membershipsIn(KommuneId kommune) {
		return users.membershipsIn(kommune);
	}
}
