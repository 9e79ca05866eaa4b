package de.daks.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import de.daks.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@DaksIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerritoryWebIntegrationTests {

	/** A small square inside Flensburg (WGS84). */
	private static final String QUARTER = """
			{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":
			{"type":"Polygon","coordinates":[[[9.42,54.78],[9.44,54.78],[9.44,54.79],[9.42,54.79],[9.42,54.78]]]}}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TerritoryManagement territory;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	private DaksPrincipal office;

	@BeforeAll
	void setUp() {
		territory.importGemeindeverzeichnis(TerritoryData.require(TerritoryData.GV100AD));
		territory.importBoundaries(TerritoryData.require(TerritoryData.KREISE));
		String email = "office-" + UUID.randomUUID() + "@test.invalid";
		UserId id = users.createUser(email, "Geschäftsstelle Test", null, GlobalRole.GESCHAEFTSSTELLE);
		office = new DaksPrincipal(id, email, "Geschäftsstelle Test", GlobalRole.GESCHAEFTSSTELLE, null, true, true,
				false);
	}

	@Test
	void searchPageListsMatches() throws Exception {
		mvc.perform(get("/gebiete").param("q", "dueren"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Düren, Stadt")))
			.andExpect(content().string(Matchers.containsString("href=\"/gebiete/05358\"")));
	}

	@Test
	void areaPageShowsFactsBreadcrumbsChildrenAndMap() throws Exception {
		String html = mvc.perform(get("/gebiete/05358")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("<h1>Düren</h1>", "Reg.-Bez. Köln", "Nordrhein-Westfalen", "Aldenhoven",
				"© Statistisches Bundesamt (Destatis), 2023", "dl-de/by-2-0", "<svg", "class=\"area highlight\"",
				"role=\"group\"");
		mvc.perform(get("/gebiete/05")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("href=\"/gebiete/053\"")))
			.andExpect(content().string(Matchers.containsString("<a href=\"/gebiete/05358\" aria-label=\"Düren\">")));
		mvc.perform(get("/gebiete/99999")).andExpect(status().isNotFound());
	}

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void aBadGemeindeverzeichnisUploadShowsTheErrorsAndStoresNothing() throws Exception {
		// given
		byte[] bad = "10202311300X          Kaputtland\n".getBytes(StandardCharsets.UTF_8);
		// when
		WebSession browser = new WebSession(mvc, sessions);
		MvcResult result = browser.perform(multipart("/gebiete/import")
				.file(new MockMultipartFile("file", "GV100AD_kaputt.txt", "text/plain", bad))
				.with(csrf()).with(user(office)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/gebiete/import"))
			.andExpect(flash().attribute("flashError", "territory.import.failed"))
			.andReturn();
		// then
		ImportReport report = (ImportReport) result.getFlashMap().get("report");
		assertThat(report.success()).isFalse();
		assertThat(report.errors()).extracting(ImportProblem::position).containsOnly(1);
		// the redirect is followed like a browser: the report comes from the flash map in the stored session
		browser.perform(get("/gebiete/import").with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Falsche Satzlänge")));
	}

	@Test
	void aBinaryUploadIsRefusedByContent() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' };
		mvc.perform(multipart("/gebiete/import/grenzen")
				.file(new MockMultipartFile("file", "grenzen.geojson", "application/json", png))
				.with(csrf()).with(user(office)))
			.andExpect(redirectedUrl("/gebiete/import"))
			.andExpect(flash().attribute("flashError", "territory.import.notText"));
	}

	@Test
	void registersAKommuneFromSearchedAreas() throws Exception {
		// search without JavaScript: the form comes back with results to tick
		mvc.perform(post("/kommunen/neu").param("q", "Düren").param("search", "1").with(csrf()).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(model().hasNoErrors())
			.andExpect(content().string(Matchers.containsString("value=\"05358\"")));
		// nothing picked: field error
		mvc.perform(post("/kommunen/neu").param("name", "X").param("kind", "LANDKREIS").param("create", "1")
				.with(csrf()).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("kommuneForm", "areaKeys"));
		// an alliance of two Gemeinden: figures are summed
		String name = "Verbund " + UUID.randomUUID();
		MvcResult created = mvc.perform(post("/kommunen/neu").param("name", name).param("kind", "VERBUND")
				.param("areaKeys", "053580008008", "053580004004").param("create", "1")
				.with(csrf()).with(user(office)))
			.andExpect(redirectedUrlPattern("/kommunen/*/gebiet"))
			.andReturn();
		Kommune kommune = kommunen.findAll().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
		assertThat(kommune.population()).isEqualTo(93_207L + 14_081L);
		assertThat(kommune.areaKm2()).isEqualByComparingTo("129.25");
		assertThat(kommune.landCode()).isEqualTo("05");
		assertThat(kommune.areaKeys()).containsExactly("053580008008", "053580004004");
		mvc.perform(get(created.getResponse().getRedirectedUrl()).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Aldenhoven")))
			.andExpect(content().string(Matchers.containsString("<svg")));
	}

	@Test
	void quartersAreValidatedCreatedListedAndDeleted() throws Exception {
		// given
		KommuneId id = kommunen.create(new NewKommune("Flensburg " + UUID.randomUUID(), KommuneKind.KREISFREIE_STADT,
				List.of("010010000000"), "01", null, null, null, false));
		String base = "/kommunen/" + id + "/quartiere";
		// invalid key and a boundary that is not GeoJSON
		mvc.perform(multipart(base + "/neu").file(new MockMultipartFile("boundary", "q.geojson", "application/json",
				"{\"type\":\"Point\",\"coordinates\":[9.4,54.7]}".getBytes(StandardCharsets.UTF_8)))
				.param("name", "Nord").param("key", "Nord Ost").with(csrf()).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("quarterForm", "key"));
		mvc.perform(multipart(base + "/neu").file(new MockMultipartFile("boundary", "q.geojson", "application/json",
				"{\"type\":\"Point\",\"coordinates\":[9.4,54.7]}".getBytes(StandardCharsets.UTF_8)))
				.param("name", "Nord").param("key", "N1").with(csrf()).with(user(office)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("quarterForm", "boundary"))
			.andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
		// when: a valid quarter
		mvc.perform(multipart(base + "/neu").file(new MockMultipartFile("boundary", "q.geojson", "application/json",
				QUARTER.getBytes(StandardCharsets.UTF_8)))
				.param("name", "Altstadt").param("key", "A1").with(csrf()).with(user(office)))
			.andExpect(redirectedUrl(base));
		// then
		assertThat(territory.find("010010000000-Q-A1")).get().satisfies(q -> {
			assertThat(q.level()).isEqualTo(AreaLevel.QUARTIER);
			assertThat(q.parentKey()).isEqualTo("010010000000");
			assertThat(q.hasGeometry()).isTrue();
		});
		assertThat(territory.children("010010000000")).extracting(Area::key).contains("010010000000-Q-A1");
		mvc.perform(get(base).with(user(office))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Altstadt")));
		// the same key again is refused
		mvc.perform(multipart(base + "/neu").param("name", "Doppelt").param("key", "A1").with(csrf())
				.with(user(office)))
			.andExpect(model().attributeHasFieldErrors("quarterForm", "key"));
		// edit and delete
		mvc.perform(multipart(base + "/A1/bearbeiten").param("name", "Altstadt Nord").with(csrf()).with(user(office)))
			.andExpect(redirectedUrl(base));
		assertThat(territory.get("010010000000-Q-A1").name()).isEqualTo("Altstadt Nord");
		mvc.perform(post(base + "/A1/loeschen").with(csrf()).with(user(office))).andExpect(redirectedUrl(base));
		assertThat(territory.find("010010000000-Q-A1")).isEmpty();
		// another Kommune's quarter is not found
		mvc.perform(get("/kommunen/" + KommuneId.random() + "/quartiere/A1/bearbeiten").with(user(office)))
			.andExpect(status().isNotFound());
	}

	@Test
	void theKommunePageShowsThePopulationDateInGermanFormat() throws Exception {
		// given
		KommuneId id = kommunen.create(new NewKommune("Datumsdorf " + UUID.randomUUID(), KommuneKind.GEMEINDE,
				List.of(), "05", 12_345L, "2023-12-31", null, true));
		// when
		String html = mvc.perform(get("/kommunen/" + id + "/gebiet").with(user(office)).locale(Locale.GERMAN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(html).contains("31.12.2023").doesNotContain("2023-12-31");
	}

	@Test
	void invalidKindAndFiguresOfANewKommuneAreFieldErrorsInPlainWords() throws Exception {
		// when
		String html = mvc.perform(post("/kommunen/neu").param("name", "Neustadt").param("kind", "XYZ")
			.param("population", "viele").param("areaKm2", "12,5 km²").param("areaKeys", "053580008008")
			.param("create", "1").with(csrf()).with(user(office)).locale(Locale.GERMAN))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("kommuneForm", "kind", "population", "areaKm2"))
			.andReturn().getResponse().getContentAsString();
		// then
		assertThat(html).doesNotContain("Failed to convert").contains("Bitte die Art der Kommune wählen")
			.contains("Bitte die Einwohnerzahl als ganze Zahl angeben").contains("Bitte die Fläche als Zahl angeben");
	}
}
