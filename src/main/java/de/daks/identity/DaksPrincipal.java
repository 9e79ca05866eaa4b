package de.daks.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security holds it. Memberships are not cached here: the authorisation service reads
 * them on every decision, so a revoked membership takes effect at once.
 *
 * @param secondFactorPending the password was right but the TOTP code is still missing: such a principal may
 * only reach the second-factor page
 */
public record DaksPrincipal(UserId id, String email, String displayName, @Nullable GlobalRole globalRole,
		@Nullable String passwordHash, boolean enabled, boolean accountNonLocked, boolean secondFactorPending)
		implements UserDetails, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final String SECOND_FACTOR_PENDING = "MFA_PENDING";

	public DaksPrincipal withSecondFactorPending(boolean pending) {
		return new DaksPrincipal(id, email, displayName, globalRole, passwordHash, enabled, accountNonLocked, pending);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (secondFactorPending) {
			authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR_PENDING));
			return authorities;
		}
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (globalRole != null) {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + globalRole.name()));
		}
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return accountNonLocked;
	}
}
