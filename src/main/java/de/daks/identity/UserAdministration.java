package de.daks.identity;

import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.shared.audit.AuditLog;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the Geschäftsstelle does with accounts: find, create (with an invitation mail), edit, unlock, reset the second
 * factor, grant and revoke memberships. Each operation checks {@link Permission#USER_ADMIN} itself as well, so the
 * rule holds whichever page or job calls it.
 */
@Service
class UserAdministration {

	/** One row of the user list. */
	record UserRow(UserAccount account, State state, boolean secondFactor, int memberships) {
	}

	enum State {
		ACTIVE, LOCKED, DISABLED, INVITED
	}

	private final UserRepository users;

	private final UserManagement userManagement;

	private final Invitations invitations;

	private final SecondFactor secondFactor;

	private final Authorization authorization;

	private final AuditLog audit;

	private final Clock clock;

	UserAdministration(UserRepository users, UserManagement userManagement, Invitations invitations,
			SecondFactor secondFactor, Authorization authorization, AuditLog audit, Clock clock) {
		this.users = users;
		this.userManagement = userManagement;
		this.invitations = invitations;
		this.secondFactor = secondFactor;
		this.authorization = authorization;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Accounts matching all given filters.
	 * @param query part of name or e-mail address, case-insensitive
	 * @param role a global role, or {@code NONE} for accounts without one
	 */
	@Transactional(readOnly = true)
	public List<UserRow> search(@Nullable String query, @Nullable String role, @Nullable State state) {
		authorization.require(Permission.USER_ADMIN, null);
		String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		return users.findAll().stream()
			.filter(u -> needle.isEmpty() || u.email().contains(needle)
					|| u.displayName().toLowerCase(Locale.ROOT).contains(needle))
			.filter(u -> role == null || role.isBlank()
					|| ("NONE".equals(role) ? u.globalRole() == null
							: u.globalRole() != null && u.globalRole().name().equals(role)))
			.filter(u -> state == null || stateOf(u) == state)
			.map(u -> new UserRow(u, stateOf(u), SecondFactor.isEnrolled(u),
					users.membershipsOf(u.id()).size()))
			.toList();
	}

	State stateOf(UserAccount account) {
		if (!account.enabled()) {
			return State.DISABLED;
		}
		if (account.isLockedAt(clock.instant())) {
			return State.LOCKED;
		}
		return account.passwordHash() == null ? State.INVITED : State.ACTIVE;
	}

	@Transactional
	public UserId create(String email, String displayName, @Nullable GlobalRole role, Locale locale) {
		authorization.require(Permission.USER_ADMIN, null);
		UserId id = userManagement.createUser(email, displayName, null, role);
		invitations.inviteAccount(id, locale);
		return id;
	}

	@Transactional
	public void update(UserId id, String displayName, @Nullable GlobalRole role, boolean enabled) {
		authorization.require(Permission.USER_ADMIN, null);
		UserAccount account = get(id);
		DaksPrincipal current = Authorization.currentUser();
		if (current != null && current.id().equals(id) && (role != account.globalRole() || !enabled)) {
			// the last administrator must not lock themselves out by a slip of the mouse
			throw new InvitationRefusedException("userAdmin.edit.self", "Own role and status cannot be changed");
		}
		users.updateProfile(id, displayName.strip(), role, enabled);
		audit.record("identity.user.updated", "User", id.toString(), null, account.email() + ": name "
				+ displayName.strip() + ", role " + (role == null ? "none" : role) + ", enabled " + enabled);
	}

	@Transactional
	public void unlock(UserId id) {
		authorization.require(Permission.USER_ADMIN, null);
		UserAccount account = get(id);
		if (users.unlock(id) > 0) {
			audit.record("identity.user.unlocked", "User", id.toString(), null, account.email());
		}
	}

	@Transactional
	public void resetSecondFactor(UserId id) {
		authorization.require(Permission.USER_ADMIN, null);
		secondFactor.reset(get(id).id());
	}

	@Transactional
	public void addMembership(UserId id, KommuneId kommune, KommuneRole role) {
		invitations.checkMayGrant(kommune, role);
		userManagement.addMembership(get(id).id(), kommune, role);
	}

	@Transactional
	public void removeMembership(UserId id, KommuneId kommune, KommuneRole role) {
		invitations.checkMayGrant(kommune, role);
		userManagement.removeMembership(get(id).id(), kommune, role);
	}

	@Transactional(readOnly = true)
	public UserAccount get(UserId id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
	}
}
