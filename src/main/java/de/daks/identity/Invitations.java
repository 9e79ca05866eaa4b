package de.daks.identity;

import de.daks.shared.KommuneId;
import de.daks.shared.audit.AuditLog;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting colleagues: the account is created if needed (without a password) together with the membership, and the
 * invitee gets a one-time link to choose name and password; someone who already has an account gets a notice
 * instead. Consultant and mentor memberships are granted only by the Geschäftsstelle – checked here, whatever the
 * page offers. A failing mail rolls the whole invitation back, so nobody is left half-invited.
 */
@Service
class Invitations {

	enum Outcome {
		INVITED, NOTIFIED
	}

	/** Roles that give access across the Kommune's own team: the programme office assigns them. */
	static final Set<KommuneRole> GESCHAEFTSSTELLE_ONLY = EnumSet.of(KommuneRole.BERATUNG, KommuneRole.MENTOR);

	private final UserRepository users;

	private final UserManagement userManagement;

	private final Authorization authorization;

	private final OneTimeTokens tokens;

	private final IdentityMails mails;

	private final KommuneNames kommunen;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final SecurityProperties properties;

	Invitations(UserRepository users, UserManagement userManagement, Authorization authorization,
			OneTimeTokens tokens, IdentityMails mails, KommuneNames kommunen, PasswordEncoder passwordEncoder,
			AuditLog audit, SecurityProperties properties) {
		this.users = users;
		this.userManagement = userManagement;
		this.authorization = authorization;
		this.tokens = tokens;
		this.mails = mails;
		this.kommunen = kommunen;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.properties = properties;
	}

	/** Checks that the current user may give this role in this Kommune. */
	void checkMayGrant(KommuneId kommune, KommuneRole role) {
		authorization.require(Permission.KOMMUNE_MANAGE, kommune);
		if (GESCHAEFTSSTELLE_ONLY.contains(role) && !authorization.isAllowed(Permission.USER_ADMIN, null)) {
			throw new InvitationRefusedException("team.invite.roleRefused",
					role + " memberships are granted by the Geschäftsstelle only");
		}
		if (!kommunen.exists(kommune)) {
			throw new InvitationRefusedException("team.invite.unknownKommune", "No Kommune " + kommune);
		}
	}

	@Transactional
	public Outcome inviteToKommune(KommuneId kommune, String email, KommuneRole role, Locale locale) {
		checkMayGrant(kommune, role);
		Optional<UserAccount> existing = users.findByEmail(email);
		UserId id = existing.map(UserAccount::id)
			.orElseGet(() -> userManagement.createUser(email, UserRepository.normalise(email), null, null));
		userManagement.addMembership(id, kommune, role);
		UserAccount account = users.findById(id).orElseThrow();
		String kommuneName = kommunen.nameOf(kommune);
		if (account.passwordHash() != null) {
			mails.sendMembershipNotice(account, inviterName(), kommuneName, role, locale);
			return Outcome.NOTIFIED;
		}
		String token = tokens.issue(id, OneTimeTokens.Purpose.INVITATION, properties.invitationValidity());
		audit.record("identity.invitation.sent", "User", id.toString(), kommune, account.email() + " as " + role);
		mails.sendInvitation(account, inviterName(), kommuneName, role, token, properties.invitationValidity(),
				locale);
		return Outcome.INVITED;
	}

	/** Sends the invitation link for an account without a password (created by the Geschäftsstelle). */
	@Transactional
	public void inviteAccount(UserId id, Locale locale) {
		UserAccount account = users.findById(id).orElseThrow();
		String token = tokens.issue(id, OneTimeTokens.Purpose.INVITATION, properties.invitationValidity());
		audit.record("identity.invitation.sent", "User", id.toString(), null, account.email());
		mails.sendInvitation(account, inviterName(), null, null, token, properties.invitationValidity(), locale);
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> accountFor(String token) {
		return tokens.peek(OneTimeTokens.Purpose.INVITATION, token).flatMap(users::findById);
	}

	/** @return false if the link is unknown, used or expired */
	@Transactional
	public boolean accept(String token, String displayName, String password) {
		Optional<UserId> user = tokens.redeem(OneTimeTokens.Purpose.INVITATION, token);
		if (user.isEmpty()) {
			return false;
		}
		users.updateDisplayName(user.get(), displayName.strip());
		users.updatePassword(user.get(), passwordEncoder.encode(password));
		tokens.voidOpen(user.get(), OneTimeTokens.Purpose.PASSWORD_RESET);
		audit.record("identity.invitation.accepted", "User", user.get().toString(), null, "account activated");
		return true;
	}

	private static String inviterName() {
		DaksPrincipal current = Authorization.currentUser();
		return current == null ? "DAKS" : current.displayName();
	}
}
