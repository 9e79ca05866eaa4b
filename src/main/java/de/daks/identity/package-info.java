/**
 * People and permissions: users, global roles, memberships in Kommunen, sign-in (form, optional OIDC, TOTP second
 * factor), invitations and password reset, and the one authorisation service ({@link de.daks.identity.Authorization})
 * that decides every access.
 */
@NullMarked
@ApplicationModule(displayName = "Identity")
package de.daks.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
