package de.daks.process;

import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Own test data with random names: a Kommune and users with a role in it (also used by the profile tests). */
public record ProcessFixtures(UserManagement users, KommuneManagement kommunen) {

	public static String random() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	public KommuneId kommune(String prefix) {
		return kommunen.create(new NewKommune(prefix + " " + random(), KommuneKind.GEMEINDE, List.of(), "05", 12_345L,
				"2023-12-31", null, true));
	}

	public DaksPrincipal member(KommuneId kommune, KommuneRole role) {
		return user(kommune, role, null, null);
	}

	public DaksPrincipal user(@Nullable KommuneId kommune, @Nullable KommuneRole role, @Nullable GlobalRole global,
			@Nullable String password) {
		String email = "process-" + (role == null ? "user" : role.name().toLowerCase()) + "-" + random()
				+ "@test.invalid";
		UserId id = users.createUser(email, "Test " + (role == null ? "Person" : role.name()) + " " + random(),
				password, global);
		if (kommune != null && role != null) {
			users.addMembership(id, kommune, role);
		}
		var account = users.get(id);
		return new DaksPrincipal(id, account.email(), account.displayName(), global, null, true, true, false);
	}
}
