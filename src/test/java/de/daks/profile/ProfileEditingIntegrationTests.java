package de.daks.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.indicators.IndicatorService;
import de.daks.indicators.KonstanzRegister;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.ImportResult;
import de.daks.statistics.StatisticsImports;
import de.daks.territory.KommuneKind;
import de.daks.territory.NewKommune;
import java.nio.file.Files;
import org.springframework.security.core.authority.AuthorityUtils;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.KommuneManagement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DaksIntegrationTest
@RecordApplicationEvents
class ProfileEditingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProfileContents contents;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	IndicatorService indicators;

	@Autowired
	AuditLog audit;

	@Autowired
	StatisticsImports imports;

	@Autowired
	ApplicationEvents events;

	KommuneId kommune;

	DaksPrincipal member;

	DaksPrincipal mentor;

	DaksPrincipal stranger;

	String base;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Profildorf");
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
		mentor = fixtures.member(kommune, KommuneRole.MENTOR);
		stranger = fixtures.member(fixtures.kommune("Nachbarort"), KommuneRole.KOORDINATION);
		base = "/kommunen/" + kommune + "/profil";
	}

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
	}

	/** The profile as the member sees it through the public API. */
	ProfileContent content() {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, List.of()));
		try {
			return contents.load(kommune);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	MockHttpServletRequestBuilder postAs(DaksPrincipal principal, String path) {
		return post(base + path).with(user(principal)).with(csrf());
	}

	String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	// ------------------------------------------------------------------------------------------ texts

	@Test
	void aTopicTextIsSanitisedBeforeItIsStoredAndShown() throws Exception {
		// given
		String source = """
				## Wohnen in Profildorf

				Viele **ältere** Menschen leben allein in großen Häusern.
				<script>alert('x')</script>
				<p onclick="steal()">Leerstand in den Ortskernen</p>

				[Wohnraumkonzept](https://example.org/wohnen) und [böse](javascript:alert(1))
				""";
		// when
		mvc.perform(postAs(member, "/themen/housing").param("source", source).param("action", "save"))
			.andExpect(redirectedUrl(base + "/themen/housing"));
		// then
		String stored = content().texts().get(ProfileTopic.HOUSING);
		assertThat(stored).contains("<h3>Wohnen in Profildorf</h3>", "<strong>ältere</strong>",
				"Leerstand in den Ortskernen", "href=\"https://example.org/wohnen\"")
			.doesNotContain("<script", "alert(", "onclick", "steal", "javascript:");
		String page = html(get(base + "/themen/housing").with(user(mentor)));
		assertThat(page).contains("<h3>Wohnen in Profildorf</h3>").doesNotContain("onclick=\"steal");
		assertThat(audit.latest(kommune, 10)).extracting(AuditLog.AuditEvent::action).contains("profile.text.saved");
	}

	@Test
	void thePreviewShowsTheSanitisedTextWithoutStoringIt() throws Exception {
		// when
		String page = html(postAs(member, "/themen/economy").param("source", "Hafen *und* <b>Logistik</b>")
			.param("action", "preview"));
		// then
		assertThat(page).contains("Vorschau", "<em>und</em>", "<strong>Logistik</strong>");
		assertThat(content().texts()).doesNotContainKey(ProfileTopic.ECONOMY);
	}

	@Test
	void aTextOfOnlyAScriptIsRejectedAndNothingIsStored() throws Exception {
		// when
		String page = html(postAs(member, "/themen/culture").param("source", "<script>alert(1)</script>")
			.param("action", "save"));
		// then
		assertThat(page).contains("id=\"source-error\"", "kein Text übrig");
		assertThat(content().texts()).doesNotContainKey(ProfileTopic.CULTURE);
	}

	@Test
	void anEmptyTextRemovesTheTopic() throws Exception {
		// given
		mvc.perform(postAs(member, "/themen/transport").param("source", "Bürgerbus seit 2019"))
			.andExpect(status().is3xxRedirection());
		assertThat(content().texts()).containsKey(ProfileTopic.TRANSPORT);
		// when
		mvc.perform(postAs(member, "/themen/transport").param("source", "  "))
			.andExpect(status().is3xxRedirection());
		// then
		assertThat(content().texts()).doesNotContainKey(ProfileTopic.TRANSPORT);
	}

	@Test
	void anUnknownTopicIsNotFound() throws Exception {
		mvc.perform(get(base + "/themen/astrologie").with(user(member))).andExpect(status().isNotFound());
	}

	// ------------------------------------------------------------------------------------------ inventory

	@Test
	void inventoryItemsAreAddedChangedAndDeleted() throws Exception {
		// when
		mvc.perform(postAs(member, "/bestand").param("title", "Seniorenbüro").param("kind", "STRUCTURE")
			.param("topic", "Pflege").param("since", "2012").param("targetGroup", "Menschen ab 65"))
			.andExpect(redirectedUrl(base + "/bestand"));
		// then
		InventoryItem item = content().inventory().get(0);
		assertThat(item.title()).isEqualTo("Seniorenbüro");
		assertThat(item.kind()).isEqualTo(InventoryKind.STRUCTURE);
		assertThat(item.since()).isEqualTo(2012);
		assertThat(item.responsible()).isNull();
		assertThat(html(get(base + "/bestand").with(user(mentor)))).contains("Seniorenbüro", "Struktur");
		assertThat(html(get(base + "/bestand/" + item.id()).with(user(member))))
			.contains("action=\"" + base + "/bestand/" + item.id() + "\"", "value=\"Seniorenb&uuml;ro\"", "_csrf");
		assertThat(html(postAs(member, "/bestand/" + item.id()).param("title", "").param("kind", "STRUCTURE")))
			.contains("id=\"title-error\"", "Eintrag der Bestandsaufnahme bearbeiten");
		// when
		mvc.perform(postAs(member, "/bestand/" + item.id()).param("title", "Seniorenbüro am Markt")
			.param("kind", "STRUCTURE").param("since", "2013"))
			.andExpect(redirectedUrl(base + "/bestand"));
		// then
		assertThat(content().inventory()).singleElement().satisfies(i -> {
			assertThat(i.title()).isEqualTo("Seniorenbüro am Markt");
			assertThat(i.since()).isEqualTo(2013);
			assertThat(i.topic()).isNull();
		});
		// when
		mvc.perform(postAs(member, "/bestand/" + item.id() + "/loeschen")).andExpect(redirectedUrl(base + "/bestand"));
		// then
		assertThat(content().inventory()).isEmpty();
		assertThat(audit.latest(kommune, 10)).extracting(AuditLog.AuditEvent::action)
			.contains("profile.inventory.added", "profile.inventory.changed", "profile.inventory.deleted");
	}

	@Test
	void invalidInventoryFieldsAreNamedAndNothingIsStored() throws Exception {
		// when: no title
		String missing = html(postAs(member, "/bestand").param("title", " ").param("kind", "MEASURE"));
		// and: a title too long, a year before 1900
		String tooLong = html(postAs(member, "/bestand").param("title", "x".repeat(201)).param("kind", "MEASURE")
			.param("since", "1850"));
		// and: a year in the future
		int next = LocalDate.now(ZoneId.of("Europe/Berlin")).getYear() + 1;
		String future = html(postAs(member, "/bestand").param("title", "Zukunftsmaßnahme").param("kind", "MEASURE")
			.param("since", String.valueOf(next)));
		// then
		assertThat(missing).contains("id=\"title-error\"", "Bitte geben Sie die Bezeichnung an.");
		assertThat(tooLong).contains("Die Bezeichnung darf höchstens 200 Zeichen lang sein.",
				"id=\"since-error\"", "1900 oder später");
		assertThat(future).contains("id=\"since-error\"", "nicht in der Zukunft");
		assertThat(content().inventory()).isEmpty();
	}

	// ------------------------------------------------------------------------------------------ interviews

	@Test
	void interviewsKeepTheirStatementsOnePerLine() throws Exception {
		// when
		mvc.perform(postAs(member, "/interviews").param("person", "Leiterin des Seniorenbüros (fiktiv)")
			.param("role", "Sozialamt").param("date", "2026-10-15")
			.param("statements", "- Viele Ältere leben allein.\r\n\r\n* Es fehlen Treffpunkte.\nDer Bus fährt selten."))
			.andExpect(redirectedUrl(base + "/interviews"));
		// then
		ExpertInterview interview = content().interviews().get(0);
		assertThat(interview.statements()).containsExactly("Viele Ältere leben allein.", "Es fehlen Treffpunkte.",
				"Der Bus fährt selten.");
		assertThat(interview.date()).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(html(get(base + "/interviews").with(user(mentor)))).contains("15.10.2026",
				"Es fehlen Treffpunkte.");
		assertThat(html(get(base + "/interviews/" + interview.id()).with(user(member))))
			.contains("value=\"2026-10-15\"", "Es fehlen Treffpunkte.");
		// when
		mvc.perform(postAs(member, "/interviews/" + interview.id()).param("person", "Leiterin Seniorenbüro")
			.param("date", "2026-10-16").param("statements", "Nur noch eine Aussage"))
			.andExpect(redirectedUrl(base + "/interviews"));
		// then
		assertThat(content().interviews()).singleElement().satisfies(i -> {
			assertThat(i.statements()).containsExactly("Nur noch eine Aussage");
			assertThat(i.role()).isNull();
		});
		// when
		mvc.perform(postAs(member, "/interviews/" + interview.id() + "/loeschen")).andExpect(status().is3xxRedirection());
		// then
		assertThat(content().interviews()).isEmpty();
	}

	@Test
	void anInterviewInTheFutureOrWithoutPersonIsRejected() throws Exception {
		// when
		String page = html(postAs(member, "/interviews").param("person", "").param("date",
				LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(2).toString()).param("statements", "Aussage"));
		String badDate = html(postAs(member, "/interviews").param("person", "Jemand").param("date", "15.10.2026"));
		// then
		assertThat(page).contains("id=\"person-error\"", "Bitte geben Sie die befragte Person an.",
				"id=\"date-error\"", "nicht in der Zukunft");
		assertThat(badDate).contains("id=\"date-error\"", "gültiges Datum");
		assertThat(content().interviews()).isEmpty();
	}

	// ------------------------------------------------------------------------------------------ SWOT

	@Test
	void swotItemsLinkIndicatorsAndInterviewsAndShowThemAsChips() throws Exception {
		// given
		mvc.perform(postAs(member, "/interviews").param("person", "Hausarzt (fiktiv)").param("date", "2026-09-01"))
			.andExpect(status().is3xxRedirection());
		long interview = content().interviews().get(0).id();
		String indicator = indicators.catalogue().all().get(0).id();
		String indicatorName = indicators.catalogue().all().get(0).name(java.util.Locale.GERMAN);
		// when
		mvc.perform(postAs(member, "/swot").param("quadrant", "WEAKNESS").param("text", "Zu wenige Hausärzte")
			.param("indicatorIds", indicator).param("interviewIds", String.valueOf(interview)))
			.andExpect(redirectedUrl(base + "/swot"));
		// then
		SwotItem item = content().swot().get(0);
		assertThat(item.quadrant()).isEqualTo(SwotQuadrant.WEAKNESS);
		assertThat(item.indicatorIds()).containsExactly(indicator);
		assertThat(item.interviewIds()).containsExactly(interview);
		assertThat(events.stream(ProfileChanged.class)).contains(new ProfileChanged(kommune, "swot"));
		String board = html(get(base + "/swot").with(user(mentor)));
		assertThat(board).contains("Zu wenige Hausärzte", "chip-indicator", indicatorName, "Hausarzt (fiktiv)",
				"Schwächen", "Chancen");
		assertThat(html(get(base + "/swot/" + item.id()).with(user(member)))).contains("Zu wenige Haus&auml;rzte",
				"selected=\"selected\"", "checked=\"checked\"");
		// when
		mvc.perform(postAs(member, "/swot/" + item.id()).param("quadrant", "THREAT").param("text", "Hausärztemangel"))
			.andExpect(redirectedUrl(base + "/swot"));
		// then
		assertThat(content().swot()).singleElement().satisfies(i -> {
			assertThat(i.quadrant()).isEqualTo(SwotQuadrant.THREAT);
			assertThat(i.indicatorIds()).isEmpty();
			assertThat(i.interviewIds()).isEmpty();
		});
		// when
		mvc.perform(postAs(member, "/swot/" + item.id() + "/loeschen")).andExpect(status().is3xxRedirection());
		// then
		assertThat(content().swot()).isEmpty();
	}

	@Test
	void swotLinksToUnknownIndicatorsOrForeignInterviewsAreRejected() throws Exception {
		// when
		String unknown = html(postAs(member, "/swot").param("quadrant", "STRENGTH").param("text", "Starke Vereine")
			.param("indicatorIds", "no_such_indicator"));
		String foreign = html(postAs(member, "/swot").param("quadrant", "STRENGTH").param("text", "Starke Vereine")
			.param("interviewIds", "987654321"));
		String empty = html(postAs(member, "/swot").param("text", ""));
		// then
		assertThat(unknown).contains("id=\"indicatorIds-error\"", "Kennzahlen aus der Liste");
		assertThat(foreign).contains("id=\"interviewIds-error\"", "Interviews dieser Kommune");
		assertThat(empty).contains("id=\"quadrant-error\"", "id=\"text-error\"", "Bitte geben Sie die Aussage an.");
		assertThat(content().swot()).isEmpty();
	}

	@Test
	void theChipOfAnIndicatorShowsItsCurrentValueForTheKommunesArea() throws Exception {
		// given the real register of Konstanz 2025 and a Kommune linked to Konstanz (ARS 083350043043)
		KonstanzRegister.assumeAvailable();
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"test-operator", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
		ImportResult imported = imports.importFile(ImportRequest.of("pyramide_2025.csv",
				Files.readAllBytes(KonstanzRegister.FOLDER.resolve("pyramiden/pyramide_2025.csv"))).acceptingWarnings());
		indicators.invalidate();
		SecurityContextHolder.clearContext();
		assertThat(imported.status()).isIn(ImportResult.Status.IMPORTED, ImportResult.Status.UNCHANGED);
		KommuneId konstanz = kommunen.create(new NewKommune("Konstanz-Profil " + ProcessFixtures.random(),
				KommuneKind.GEMEINDE, List.of("083350043043"), "08", 87_178L, "2025-12-31", null, true));
		DaksPrincipal coordinator = new ProcessFixtures(users, kommunen).member(konstanz, KommuneRole.KOORDINATION);
		// when
		mvc.perform(post("/kommunen/" + konstanz + "/profil/swot").with(user(coordinator)).with(csrf())
			.param("quadrant", "THREAT").param("text", "Alterung").param("indicatorIds", "share_65_plus"))
			.andExpect(status().is3xxRedirection());
		String board = html(get("/kommunen/" + konstanz + "/profil/swot").with(user(coordinator)));
		// then: P(65+) / P = 17,701 / 87,178 × 100 = 20.30… % (sums over pyramide_2025.csv)
		String name = indicators.catalogue().get("share_65_plus").name(java.util.Locale.GERMAN);
		assertThat(board).contains(name + ": 20,3 % (2025)");
	}

	// ------------------------------------------------------------------------------------------ access

	@Test
	void theOverviewListsEverySectionWithItsStatus() throws Exception {
		// given
		mvc.perform(postAs(member, "/themen/basics").param("source", "Kleine Gemeinde im Grünen."))
			.andExpect(status().is3xxRedirection());
		// when
		String page = html(get(base + "/bearbeiten").with(user(mentor)));
		// then
		assertThat(page).contains("Grundinformationen", "Gesundheit, Pflege und Inklusion", "Bestandsaufnahme",
				"Experteninterviews", "SWOT-Analyse", "Geschrieben", "Leer", "1 von 13 Abschnitten",
				member.displayName());
	}

	@Test
	void nonMembersSeeNothingAndMentorsChangeNothing() throws Exception {
		// when / then
		for (String path : List.of("/bearbeiten", "/themen/basics", "/bestand", "/interviews", "/swot")) {
			mvc.perform(get(base + path).with(user(stranger))).andExpect(status().isForbidden());
		}
		mvc.perform(postAs(stranger, "/themen/basics").param("source", "Fremder Text"))
			.andExpect(status().isForbidden());
		mvc.perform(postAs(mentor, "/bestand").param("title", "Vom Mentor").param("kind", "MEASURE"))
			.andExpect(status().isForbidden());
		mvc.perform(postAs(stranger, "/swot").param("quadrant", "THREAT").param("text", "Fremd"))
			.andExpect(status().isForbidden());
		assertThat(content().isEmpty()).isTrue();
		// and the mentor sees the pages without edit forms
		assertThat(html(get(base + "/bestand").with(user(mentor)))).doesNotContain("Eintrag hinzufügen");
	}
}
