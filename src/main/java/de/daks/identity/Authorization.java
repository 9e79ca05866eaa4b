package de.daks.identity;

import de.daks.shared.KommuneId;
import de.daks.shared.cli.CommandDispatcher;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place that decides access – for pages, exports, the command line and jobs. Deny by default: a permission
 * is granted only by one of the rules below.
 *
 * <pre>
 * permission        Geschäftsstelle  Ministerium  Koordination  Mitglied  Beratung  Mentor  signed in  anyone
 * PUBLIC                  ✓              ✓            ✓            ✓         ✓        ✓        ✓         ✓
 * SIGNED_IN               ✓              ✓            ✓            ✓         ✓        ✓        ✓
 * KOMMUNE_VIEW            ✓                           ✓            ✓         ✓        ✓
 * KOMMUNE_COMMENT         ✓                           ✓            ✓         ✓        ✓
 * KOMMUNE_EDIT            ✓                           ✓            ✓         ✓
 * KOMMUNE_MANAGE          ✓                           ✓
 * PROGRAMME_VIEW          ✓              ✓
 * PROGRAMME_MANAGE        ✓
 * TERRITORY_MANAGE        ✓
 * STATISTICS_MANAGE       ✓
 * USER_ADMIN              ✓
 * WORKSHOP_MODERATE       ✓                           ✓            ✓         ✓
 * APPLICATION_WORK        ✓              ✓            ✓            ✓         ✓        ✓        ✓
 * APPLICATION_REVIEW      ✓              ✓            ✓            ✓         ✓        ✓        ✓
 * FUNDING_VIEW            ✓                           ✓            ✓         ✓
 * FUNDING_EDIT            ✓                           ✓            ✓
 * </pre>
 * Kommune roles count only for the Kommune of the membership. The command-line operator (shell access to the
 * server) has the rights of the Geschäftsstelle.
 * <p>
 * The session holds a snapshot of the account from sign-in, so status and global role are read afresh for every
 * decision: a disabled account or a role taken away takes effect at the next request. A role given (or changed)
 * during a session counts only from the next sign-in – the Geschäftsstelle's rights need its second factor, which a
 * session signed in without it never passed. Accounts are never deleted; a principal without a stored account keeps
 * what the session says.
 */
@Service
public class Authorization {

	private static final Set<KommuneRole> VIEWERS = EnumSet.allOf(KommuneRole.class);

	private static final Set<KommuneRole> EDITORS = EnumSet.of(KommuneRole.KOORDINATION, KommuneRole.MITGLIED,
			KommuneRole.BERATUNG);

	private static final Set<KommuneRole> MANAGERS = EnumSet.of(KommuneRole.KOORDINATION);

	/** Programme office (issue 7): who books a Kommune's commitments and expenses. */
	private static final Set<KommuneRole> FUNDING_EDITORS = EnumSet.of(KommuneRole.KOORDINATION,
			KommuneRole.MITGLIED);

	private final MembershipLookup memberships;

	Authorization(MembershipLookup memberships) {
		this.memberships = memberships;
	}

	/** Whether the current principal (web request, command line or job) has the permission. */
	public boolean isAllowed(Permission permission, @Nullable KommuneId kommune) {
		return isAllowed(SecurityContextHolder.getContext().getAuthentication(), permission, kommune);
	}

	/** Throws {@link AccessDeniedException} unless the current principal has the permission. */
	public void require(Permission permission, @Nullable KommuneId kommune) {
		if (!isAllowed(permission, kommune)) {
			throw new AccessDeniedException("Permission " + permission + " denied"
					+ (kommune == null ? "" : " for Kommune " + kommune));
		}
	}

	public boolean isAllowed(@Nullable Authentication authentication, Permission permission,
			@Nullable KommuneId kommune) {
		if (permission == Permission.PUBLIC) {
			return true;
		}
		if (permission.isKommuneScoped() && kommune == null) {
			return false;
		}
		if (authentication == null || !authentication.isAuthenticated()) {
			return false;
		}
		if (isOperator(authentication)) {
			return true;
		}
		if (!(authentication.getPrincipal() instanceof DaksPrincipal principal) || principal.secondFactorPending()
				|| !principal.enabled()) {
			return false;
		}
		Optional<UserAccount> stored = memberships.findById(principal.id());
		if (stored.isPresent() && !stored.get().enabled()) {
			return false;
		}
		GlobalRole globalRole = stored.isEmpty() || stored.get().globalRole() == principal.globalRole()
				? principal.globalRole() : null;
		if (globalRole == GlobalRole.GESCHAEFTSSTELLE) {
			return true;
		}
		return switch (permission) {
			case PUBLIC, SIGNED_IN -> true;
			case PROGRAMME_VIEW -> globalRole == GlobalRole.MINISTERIUM;
			case PROGRAMME_MANAGE, TERRITORY_MANAGE, STATISTICS_MANAGE, USER_ADMIN -> false;
			case KOMMUNE_VIEW, KOMMUNE_COMMENT -> hasRole(principal, kommune, VIEWERS);
			case KOMMUNE_EDIT -> hasRole(principal, kommune, EDITORS);
			case KOMMUNE_MANAGE -> hasRole(principal, kommune, MANAGERS);
			// workshop module: the moderation of a Zukunftswerkstatt is the Kommune's working team
			case WORKSHOP_MODERATE -> hasRole(principal, kommune, EDITORS);
			// ---- programme office (issue 7); per-application checks in the programme module
			case APPLICATION_WORK, APPLICATION_REVIEW -> true;
			case FUNDING_VIEW -> hasRole(principal, kommune, EDITORS);
			case FUNDING_EDIT -> hasRole(principal, kommune, FUNDING_EDITORS);
			// ---- end of programme office
		};
	}

	private boolean hasRole(DaksPrincipal principal, @Nullable KommuneId kommune, Set<KommuneRole> roles) {
		return kommune != null && memberships.rolesOf(principal.id(), kommune).stream().anyMatch(roles::contains);
	}

	private static boolean isOperator(Authentication authentication) {
		return authentication.getAuthorities().stream()
			.anyMatch(a -> CommandDispatcher.OPERATOR_AUTHORITY.equals(a.getAuthority()));
	}

	/** The signed-in user, or null for anonymous requests, the command line and jobs. */
	public static @Nullable DaksPrincipal currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof DaksPrincipal p
				&& !p.secondFactorPending() ? p : null;
	}
}
