package de.daks.identity;

import static de.daks.identity.IdentityTestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import de.daks.DaksIntegrationTest;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class InvitationIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	KommuneNames names;

	private KommuneId kommune;

	/** The Kommune's name once territory provides the {@link KommuneDirectory}; its id until then. */
	private String shownName;

	private DaksPrincipal coordinator;

	@BeforeEach
	void createKommuneAndCoordinator() {
		String name = "Testhausen " + UUID.randomUUID().toString().substring(0, 6);
		kommune = kommunen.create(new NewKommune(name, KommuneKind.GEMEINDE, List.of(), null, null, null, null, true));
		shownName = names.directory().isPresent() ? name : kommune.toString();
		String email = IdentityTestData.uniqueEmail("koordination");
		UserId id = users.createUser(email, "Karla Koordination", PASSWORD, null);
		users.addMembership(id, kommune, KommuneRole.KOORDINATION);
		coordinator = new DaksPrincipal(id, email, "Karla Koordination", null, null, true, true, false);
	}

	@Test
	void anInviteeSetsNameAndPasswordBehindTheLinkAndJoinsTheTeam() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("neu");
		// when
		mvc.perform(post("/kommunen/" + kommune + "/team").with(csrf()).with(user(coordinator))
				.param("email", email).param("role", "MITGLIED"))
			.andExpect(redirectedUrl("/kommunen/" + kommune + "/team"));
		// then: the account exists without a password, the membership too, and a mail with a link went out
		UserAccount invited = users.findByEmail(email).orElseThrow();
		assertThat(invited.passwordHash()).isNull();
		assertThat(users.membershipsOf(invited.id()))
			.containsExactly(new Membership(invited.id(), kommune, KommuneRole.MITGLIED));
		List<MimeMessage> mails = IdentityTestData.mailsTo(greenMail, email);
		assertThat(mails).hasSize(1);
		assertThat(IdentityTestData.text(mails.get(0))).contains("Karla Koordination").contains("Mitglied");
		String link = IdentityTestData.linkIn(mails.get(0));
		assertThat(link).startsWith("/einladung?token=");

		// when: the invitee follows the link
		mvc.perform(get(link)).andExpect(status().isOk()).andExpect(view().name("identity/invitation"));
		String token = IdentityTestData.tokenOf(link);
		mvc.perform(post("/einladung").with(csrf()).param("token", token).param("displayName", "")
				.param("password", "zu kurz").param("confirmation", "anders"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "displayName", "password", "confirmation"));
		mvc.perform(post("/einladung").with(csrf()).param("token", token).param("displayName", "Nina Neu")
				.param("password", PASSWORD).param("confirmation", PASSWORD))
			.andExpect(redirectedUrl("/login"));

		// then
		assertThat(users.get(invited.id()).displayName()).isEqualTo("Nina Neu");
		mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andExpect(redirectedUrl("/"));
		mvc.perform(get(link)).andExpect(view().name(PasswordResetController.LINK_INVALID_VIEW));
		mvc.perform(get("/kommunen/" + kommune + "/team").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Nina Neu")))
			.andExpect(content().string(Matchers.containsString("Team: " + shownName)));
	}

	@Test
	void anExistingUserIsAddedAndNotified() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("bekannt");
		UserId existing = users.createUser(email, "Bert Bekannt", PASSWORD, null);
		// when
		mvc.perform(post("/kommunen/" + kommune + "/team").with(csrf()).with(user(coordinator))
				.param("email", email).param("role", "KOORDINATION"))
			.andExpect(redirectedUrl("/kommunen/" + kommune + "/team"));
		// then
		assertThat(users.membershipsOf(existing)).extracting(Membership::role).containsExactly(KommuneRole.KOORDINATION);
		MimeMessage mail = IdentityTestData.mailsTo(greenMail, email).get(0);
		assertThat(mail.getSubject()).isEqualTo("DAKS: Sie gehören jetzt zum Team " + shownName);
		assertThat(IdentityTestData.text(mail)).doesNotContain("token=");
	}

	@Test
	void onlyTheGeschaeftsstelleGivesConsultantAndMentorRoles() throws Exception {
		// given
		String email = IdentityTestData.uniqueEmail("berater");
		// when: the coordinator tries
		mvc.perform(post("/kommunen/" + kommune + "/team").with(csrf()).with(user(coordinator))
				.param("email", email).param("role", "BERATUNG"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "role", "team.invite.roleRefused"));
		// then: nothing was stored or sent
		assertThat(users.findByEmail(email)).isEmpty();
		assertThat(IdentityTestData.mailsTo(greenMail, email)).isEmpty();

		// when: the Geschäftsstelle does it
		UserId officeId = users.createUser(IdentityTestData.uniqueEmail("gs"), "Greta", null,
				GlobalRole.GESCHAEFTSSTELLE);
		DaksPrincipal office = new DaksPrincipal(officeId, "gs", "Greta", GlobalRole.GESCHAEFTSSTELLE, null, true,
				true, false);
		mvc.perform(post("/kommunen/" + kommune + "/team").with(csrf()).with(user(office))
				.param("email", email).param("role", "BERATUNG"))
			.andExpect(redirectedUrl("/kommunen/" + kommune + "/team"));
		// then
		UserAccount consultant = users.findByEmail(email).orElseThrow();
		assertThat(users.membershipsOf(consultant.id())).extracting(Membership::role)
			.containsExactly(KommuneRole.BERATUNG);
		// and the coordinator cannot remove it either
		mvc.perform(post("/kommunen/" + kommune + "/team/entfernen").with(csrf()).with(user(coordinator))
				.param("userId", consultant.id().toString()).param("role", "BERATUNG"))
			.andExpect(redirectedUrl("/kommunen/" + kommune + "/team"));
		assertThat(users.membershipsOf(consultant.id())).hasSize(1);
	}

	@Test
	void theCoordinatorRemovesAMemberAndSeesItInTheKommunesAuditLog() throws Exception {
		// given
		UserId member = users.createUser(IdentityTestData.uniqueEmail("weg"), "Willi Weg", PASSWORD, null);
		users.addMembership(member, kommune, KommuneRole.MITGLIED);
		// when
		mvc.perform(post("/kommunen/" + kommune + "/team/entfernen").with(csrf()).with(user(coordinator))
				.param("userId", member.toString()).param("role", "MITGLIED"))
			.andExpect(redirectedUrl("/kommunen/" + kommune + "/team"));
		// then
		assertThat(users.membershipsOf(member)).isEmpty();
		mvc.perform(get("/kommunen/" + kommune + "/audit").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("identity.membership.removed")));
	}
}
