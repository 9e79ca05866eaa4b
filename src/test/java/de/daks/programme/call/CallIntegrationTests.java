package de.daks.programme.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserAccount;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.programme.selection.SelectionProposal;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DaksIntegrationTest
class CallIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	CallManagement calls;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private DaksPrincipal principal(String prefix, GlobalRole role) {
		String email = prefix + "-" + unique() + "@test.invalid";
		UserId id = users.createUser(email, "Person " + prefix, null, role);
		UserAccount account = users.get(id);
		return new DaksPrincipal(id, account.email(), account.displayName(), role, null, true, true, false);
	}

	private CallId publishedCall(DaksPrincipal office, ProgrammeId programme) throws Exception {
		String title = "Aufruf " + unique();
		mvc.perform(post("/programme/" + programme + "/ausschreibungen/neu").with(csrf()).with(user(office))
			.param("title", title).param("summary", "Text der Bekanntmachung")
			.param("documents", "Bekanntmachung (PDF) | https://example.org/bekanntmachung.pdf")
			.param("deadline", LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.MINUTES).toString()))
			.andExpect(status().is3xxRedirection());
		CallId call = calls.callsOf(programme).stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow()
			.id();
		mvc.perform(get("/ausschreibungen/" + call)).andExpect(status().isNotFound());
		mvc.perform(post("/ausschreibungen/" + call + "/veroeffentlichen").with(csrf()).with(user(office)))
			.andExpect(status().is3xxRedirection());
		return call;
	}

	private static MockHttpServletRequestBuilder complete(MockHttpServletRequestBuilder request, String contact) {
		request.param("kommuneName", "Musterstadt").param("kommuneType", "STADT").param("landCode", "05")
			.param("population", "48210").param("trend", "SHRINKING").param("grwArea", "true")
			.param("contactName", "Dana Demo").param("contactUnit", "Stabsstelle Demografie")
			.param("contactEmail", contact).param("commitment", "COUNCIL_DECISION");
		for (CallCondition c : CallCondition.values()) {
			request.param("answers[" + c.name() + "]", "Antwort zu " + c.name());
		}
		return request;
	}

	@Test
	void aKommuneAppliesIsReviewedAndSelected() throws Exception {
		// given
		DaksPrincipal office = principal("office", GlobalRole.GESCHAEFTSSTELLE);
		DaksPrincipal applicant = principal("applicant", null);
		DaksPrincipal stranger = principal("stranger", null);
		DaksPrincipal reviewer1 = principal("reviewer1", null);
		DaksPrincipal reviewer2 = principal("reviewer2", null);
		KommuneId kommune = kommunen.create(new NewKommune("Musterstadt " + unique(), KommuneKind.STADT, List.of(),
				"05", 48_210L, "2023-12-31", new BigDecimal("50.00"), false));
		users.addMembership(applicant.id(), kommune, KommuneRole.KOORDINATION);
		ProgrammeId programme = programmes.create("Programm " + unique(), "P" + unique(), "",
				LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31));
		CallId call = publishedCall(office, programme);
		String contact = "kontakt-" + unique() + "@test.invalid";

		// when: the public page, then the applicant starts for their Kommune
		String page = mvc.perform(get("/ausschreibungen/" + call)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String location = mvc.perform(post("/ausschreibungen/" + call + "/bewerbung").with(csrf()).with(user(applicant))
			.param("kommune", kommune.toString())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
			.getRedirectedUrl();
		ApplicationId id = new ApplicationId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
		ApplicationForm prefilled = (ApplicationForm) mvc.perform(get("/bewerbungen/" + id).with(user(applicant)))
			.andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("applicationForm");

		// then
		assertThat(page).contains("Bekanntmachung (PDF)").contains("Bewerbungsfrist");
		assertThat(prefilled.getPopulation()).isEqualTo(48_210L);
		assertThat(prefilled.getLandCode()).isEqualTo("05");

		// when: an incomplete submission
		String incomplete = mvc.perform(post("/bewerbungen/" + id).with(csrf()).with(user(applicant))
			.param("action", "submit").param("kommuneName", "Musterstadt").param("kommuneType", "STADT")
			.param("trend", "UNKNOWN").param("commitment", "NONE").param("answers[AWARENESS]", "nur eine Antwort"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then: named problems, nothing stored
		assertThat(incomplete).contains("unvollständig").contains("Ansprechperson: bitte angeben")
			.contains("Beschluss oder Unterstützungsschreiben: bitte angeben");
		assertThat(calls.getApplicationUnchecked(id).status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(calls.getApplicationUnchecked(id).answers()).isEmpty();

		// when: another user tries to read it; the applicant submits without the decision attached
		mvc.perform(get("/bewerbungen/" + id).with(user(stranger))).andExpect(status().isForbidden());
		assertThat(mvc.perform(complete(post("/bewerbungen/" + id).with(csrf()).with(user(applicant))
			.param("action", "submit"), contact)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains("bitte als Anlage hochladen");
		// a web page disguised as PDF is refused by content, a real PDF is kept
		mvc.perform(multipart("/bewerbungen/" + id + "/anlagen").file(new MockMultipartFile("file", "beschluss.pdf",
				"application/pdf", "<html><body>kein PDF</body></html>".getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(user(applicant))).andExpect(flash().attribute("flashError",
					"programme.attachment.rejected.TYPE_NOT_ALLOWED"));
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart("/bewerbungen/" + id + "/anlagen").file(new MockMultipartFile("file", "ratsbeschluss.pdf",
				"application/pdf", pdf)).with(csrf()).with(user(applicant)))
			.andExpect(flash().attribute("flashSuccess", "programme.attachment.added"));
		List<ApplicationAttachment> attachments = calls.attachmentsUnchecked(id);
		assertThat(attachments).singleElement().satisfies(a -> assertThat(a.contentType()).isEqualTo("application/pdf"));
		mvc.perform(get("/bewerbungen/" + id + "/anlagen/" + attachments.get(0).id()).with(user(stranger)))
			.andExpect(status().isForbidden());
		// then the complete submission
		mvc.perform(complete(post("/bewerbungen/" + id).with(csrf()).with(user(applicant)).param("action", "submit"),
				contact)).andExpect(status().is3xxRedirection());
		// then: locked with a timestamp, confirmation mailed
		Application submitted = calls.getApplicationUnchecked(id);
		assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(submitted.submittedAt()).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
		assertThat(mailsTo(contact)).singleElement()
			.satisfies(m -> assertThat(m.getSubject()).startsWith("Eingangsbestätigung"));
		assertThat(mailsTo(applicant.email())).hasSize(1);
		mvc.perform(complete(post("/bewerbungen/" + id).with(csrf()).with(user(applicant)).param("action", "save"),
				contact).param("contactName", "Geändert")).andExpect(status().is3xxRedirection());
		assertThat(calls.getApplicationUnchecked(id).contactName()).isEqualTo("Dana Demo");

		// when: two reviewers
		for (DaksPrincipal r : List.of(reviewer1, reviewer2)) {
			mvc.perform(post("/bewerbungen/" + id + "/gutachter").with(csrf()).with(user(office)).param("email",
					r.email())).andExpect(status().is3xxRedirection());
		}
		mvc.perform(get("/bewerbungen/" + id + "/gutachten").with(user(stranger))).andExpect(status().isForbidden());
		assertThat(mvc.perform(get("/bewerbungen/" + id + "/anlagen/" + attachments.get(0).id()).with(user(reviewer1)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
		mvc.perform(review(id, reviewer1, 5, "submit")).andExpect(status().is3xxRedirection());
		CallManagement.ReviewView second = (CallManagement.ReviewView) mvc
			.perform(get("/bewerbungen/" + id + "/gutachten").with(user(reviewer2))).andExpect(status().isOk())
			.andReturn().getModelAndView().getModel().get("view");
		// then: the second reviewer does not see the first's scores before submitting
		assertThat(second.comparison()).isEmpty();
		assertThat(mvc.perform(get("/bewerbungen/" + id + "/gutachten").with(user(reviewer2))).andReturn()
			.getResponse().getContentAsString()).doesNotContain("5 Punkte");

		// when: the second submits with other scores
		mvc.perform(review(id, reviewer2, 2, "submit")).andExpect(status().is3xxRedirection());
		ReviewComparison comparison = (ReviewComparison) mvc
			.perform(get("/bewerbungen/" + id + "/vergleich").with(user(office))).andExpect(status().isOk())
			.andReturn().getModelAndView().getModel().get("comparison");
		// then: side by side, the 5 vs 2 disagreement is highlighted, the prerequisites agree
		assertThat(comparison.reviewers()).containsExactly(reviewer1.displayName(), reviewer2.displayName());
		assertThat(comparison.rows()).filteredOn(r -> r.condition() == CallCondition.PARTICIPATION).singleElement()
			.satisfies(r -> assertThat(r.disagreement()).isTrue());
		assertThat(comparison.rows()).filteredOn(r -> r.condition() == CallCondition.AWARENESS).singleElement()
			.satisfies(r -> assertThat(r.disagreement()).isFalse());
		ApplicationAssessment assessment = calls.assessments(call).get(0);
		assertThat(assessment.eligible()).isTrue();
		// six favourable conditions, mean of 5 and 2 each
		assertThat(assessment.score()).isEqualByComparingTo(new BigDecimal("3.5").multiply(new BigDecimal(6)));

		// when: the selection
		SelectionProposal proposal = (SelectionProposal) mvc
			.perform(get("/ausschreibungen/" + call + "/auswahl").with(user(office)).param("run", "true")
				.param("places", "1").param("everyLand", "true").param("grwPercent", "100"))
			.andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("proposal");
		mvc.perform(post("/ausschreibungen/" + call + "/auswahl").with(csrf()).with(user(office)).param("selected",
				id.toString())).andExpect(status().is3xxRedirection());
		// then
		assertThat(proposal.selected()).containsExactly(id.toString());
		assertThat(calls.getApplicationUnchecked(id).status()).isEqualTo(ApplicationStatus.SELECTED);
		assertThat(programmes.kommunenOf(programme)).contains(kommune);
		assertThat(mailsTo(contact)).extracting(MimeMessage::getSubject).anyMatch(s -> s.endsWith("Zusage"));
	}

	@Test
	void aLateSubmissionIsRefusedAndNothingIsStored() throws Exception {
		// given: a draft, then the deadline passes
		DaksPrincipal office = principal("office", GlobalRole.GESCHAEFTSSTELLE);
		DaksPrincipal applicant = principal("late", null);
		ProgrammeId programme = programmes.create("Programm " + unique(), "P" + unique(), "",
				LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31));
		CallId call = publishedCall(office, programme);
		String location = mvc.perform(post("/ausschreibungen/" + call + "/bewerbung").with(csrf()).with(user(applicant))
			.param("kommuneName", "Spätdorf")).andReturn().getResponse().getRedirectedUrl();
		ApplicationId id = new ApplicationId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
		jdbc.sql("update programme_call set deadline = :d where id = :id")
			.param("d", Timestamp.from(Instant.now().minusSeconds(60))).param("id", call.value()).update();
		String contact = "spaet-" + unique() + "@test.invalid";
		// when
		String page = mvc.perform(complete(post("/bewerbungen/" + id).with(csrf()).with(user(applicant))
			.param("action", "submit"), contact)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		// then
		assertThat(page).contains("Die Bewerbungsfrist ist abgelaufen");
		Application stored = calls.getApplicationUnchecked(id);
		assertThat(stored.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(stored.contactEmail()).isNotEqualTo(contact);
		assertThat(mailsTo(contact)).isEmpty();
		mvc.perform(post("/ausschreibungen/" + call + "/bewerbung").with(csrf()).with(user(applicant))
			.param("kommuneName", "Noch eine")).andExpect(status().is3xxRedirection());
		assertThat(calls.myApplicationsOf(applicant.id())).hasSize(1);
	}

	@Test
	void anInfeasibleSelectionNamesTheTarget() throws Exception {
		// given: a call without eligible applications
		DaksPrincipal office = principal("office", GlobalRole.GESCHAEFTSSTELLE);
		ProgrammeId programme = programmes.create("Programm " + unique(), "P" + unique(), "",
				LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31));
		CallId call = publishedCall(office, programme);
		// when
		String page = mvc.perform(get("/ausschreibungen/" + call + "/auswahl").with(user(office)).param("run", "true")
			.param("places", "3")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(page).contains("Nur 0 förderfähige Bewerbungen für 3 Plätze.");
	}

	@Test
	void theDemoProgrammeHasAnOpenPublishedCall() throws Exception {
		// given the demo content; when
		Call demo = calls.publishedCalls().stream()
			.filter(c -> c.title().startsWith("Bekanntmachung: Zukunftswerkstatt Kommunen")).findFirst().orElseThrow();
		// then
		assertThat(calls.isOpen(demo)).isTrue();
		assertThat(mvc.perform(get("/ausschreibungen")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString()).contains(demo.title());
	}

	private MockHttpServletRequestBuilder review(ApplicationId id, DaksPrincipal reviewer, int score, String action) {
		MockHttpServletRequestBuilder request = post("/bewerbungen/" + id + "/gutachten").with(csrf())
			.with(user(reviewer)).param("action", action);
		for (CallCondition c : CallCondition.values()) {
			if (c.isPrerequisite()) {
				request.param("met[" + c.name() + "]", "yes").param("note[" + c.name() + "]", "belegt");
			}
			else {
				request.param("score[" + c.name() + "]", String.valueOf(score)).param("note[" + c.name() + "]",
						"Begründung " + score);
			}
		}
		return request;
	}

	private static List<MimeMessage> mailsTo(String address) {
		return TestMail.mailsTo(greenMail, address);
	}
}
