package de.daks.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserAccount;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.audit.AuditLog;
import de.daks.shared.job.Job;
import de.daks.shared.job.JobId;
import de.daks.shared.job.JobState;
import de.daks.shared.job.Jobs;
import de.daks.statistics.parse.StatisticsData;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The browser import through the pages: upload, review, mapping, acceptance of warnings, job, result, datasets. */
@DaksIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsImportWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Jobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	private DaksPrincipal office;

	private DaksPrincipal coordinator;

	private DaksPrincipal outsider;

	private KommuneId konstanz;

	@BeforeAll
	void setUp() {
		office = principal(GlobalRole.GESCHAEFTSSTELLE, null, null);
		konstanz = kommunen.create(new NewKommune("Statistikstadt " + UUID.randomUUID(), KommuneKind.STADT,
				List.of("083350043043"), "08", null, null, null, false));
		coordinator = principal(null, konstanz, KommuneRole.KOORDINATION);
		outsider = principal(null, KommuneId.random(), KommuneRole.KOORDINATION);
	}

	private DaksPrincipal principal(GlobalRole global, KommuneId kommune, KommuneRole role) {
		String email = "statistik-" + UUID.randomUUID() + "@test.invalid";
		UserId id = users.createUser(email, "Statistik Test", null, global);
		if (kommune != null) {
			users.addMembership(id, kommune, role);
		}
		UserAccount account = users.get(id);
		return new DaksPrincipal(id, account.email(), account.displayName(), global, null, true, true, false);
	}

	private RequestPostProcessor as(DaksPrincipal principal) {
		return user(principal);
	}

	/** A real file, not yet imported in this database (a previous run may have imported it). */
	private byte[] fresh(Path file) throws Exception {
		byte[] content = Files.readAllBytes(StatisticsData.require(file));
		forget(content);
		return content;
	}

	private void forget(byte[] content) throws Exception {
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		jdbc.sql("delete from statistics_dataset where sha256 = :sha").param("sha", sha).update();
	}

	private String upload(String base, DaksPrincipal who, String name, byte[] content) throws Exception {
		MvcResult result = mvc.perform(multipart(base + "/import").file(new MockMultipartFile("file", name,
				"text/csv", content)).with(csrf()).with(as(who)))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith(base + "/import/");
		return location;
	}

	private String page(String path, DaksPrincipal who) throws Exception {
		return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Job runJob(String startPath, DaksPrincipal who, boolean accept) throws Exception {
		MvcResult started = mvc.perform(post(startPath).param("acceptWarnings", Boolean.toString(accept))
			.with(csrf()).with(as(who))).andExpect(status().is3xxRedirection()).andReturn();
		String location = started.getResponse().getRedirectedUrl();
		assertThat(location).contains("/import/auftraege/");
		JobId id = JobId.parse(location.substring(location.lastIndexOf('/') + 1));
		Job job = jobs.await(id, Duration.ofSeconds(120));
		assertThat(job.state()).isEqualTo(JobState.SUCCEEDED);
		return job;
	}

	@Test
	void aRegisterExtractWithAWarningIsImportedAfterAcceptance() throws Exception {
		// given the real Konstanz register extract of 2024 (the area is assumed from the layout: a warning)
		byte[] content = fresh(StatisticsData.KONSTANZ_PYRAMIDS.resolve("pyramide_2024.csv"));
		// when it is uploaded
		String review = upload("/statistik", office, "pyramide_2024.csv", content);
		String html = page(review, office);
		// then the review shows the detected format, the encoding, the warning and the canonical preview
		assertThat(html).contains("Melderegister-Auszug nach Einzelaltersjahren").contains("UTF-8")
			.contains("Gebiet angenommen").contains("<td>08335043</td>").contains("<td>2024-12-31</td>")
			.contains("id=\"acceptWarnings\"");
		// when the licence and attribution are given (the file names none)
		mvc.perform(post(review + "/einstellungen").param("format", "").param("licence", "CC0 1.0")
			.param("attribution", "Stadt Konstanz, Melderegister").with(csrf()).with(as(office)))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(0));
		// and the import is started without accepting the warnings
		mvc.perform(post(review + "/start").with(csrf()).with(as(office)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("startError", "statistics.review.error.acceptWarnings"));
		// then nothing was stored
		assertThat(datasetsOf(content)).isZero();
		// when it is started with the warnings accepted
		Job job = runJob(review + "/start", office, true);
		// then the job imported every value, and the result page links the dataset
		String result = page("/statistik/import/auftraege/" + job.id(), office);
		assertThat(result).contains("Werte importiert").contains("id=\"dataset-link\"");
		assertThat(datasetsOf(content)).isEqualTo(1);
		String dataset = jdbc.sql("select id from statistics_dataset where sha256 = :sha")
			.param("sha", sha(content)).query(String.class).single();
		String detail = page("/statistik/datensaetze/" + dataset, office);
		assertThat(detail).contains("pyramide_2024.csv").contains("31.12.2024").contains("area assumed")
			.contains("<dd>CC0 1.0</dd>").contains("<dd>Stadt Konstanz, Melderegister</dd>")
			.contains(java.text.NumberFormat.getIntegerInstance(java.util.Locale.GERMANY).format(sumOf(content)));
		assertThat(page("/statistik", office)).contains("pyramide_2024.csv");
		assertThat(audit.search(null, null, "statistics.imported", 50)).anyMatch(e -> e.subjectId().equals(dataset)
				&& e.actor().equals(office.email()));
		// and the staged upload is gone
		assertThat(jdbc.sql("select count(*) from statistics_upload where id = :id")
			.param("id", UUID.fromString(review.substring(review.lastIndexOf('/') + 1))).query(Integer.class)
			.single()).isZero();
		// when the same file is uploaded again
		String again = upload("/statistik", office, "pyramide_2024.csv", content);
		// then the review says it was imported before, and the job changes nothing
		assertThat(page(again, office)).contains("id=\"already-imported\"");
		Job second = runJob(again + "/start", office, false);
		assertThat(page("/statistik/import/auftraege/" + second.id(), office)).contains("bereits importiert");
		assertThat(datasetsOf(content)).isEqualTo(1);
	}

	@Test
	void aKoelnQuarterTableIsImportedAfterTheMappingIsConfirmed() throws Exception {
		// given the real Köln quarter table (long layout)
		Path file = StatisticsData.ROOT.resolve("koeln/bevoelkerung.csv");
		byte[] content = fresh(file);
		String review = upload("/statistik", office, "bevoelkerung.csv", content);
		// then the review detects a quarter table and prefills the mapping from the Köln preset, to be confirmed
		String html = page(review, office);
		assertThat(html).contains("Quartierstabelle (Stadtteile)").contains("id=\"mapping\"")
			.contains("<option value=\"koeln\" selected=\"selected\">")
			.contains("value=\"053150000000-Q-{id}\"")
			.contains("<option value=\"raum_id\" selected=\"selected\">raum_id</option>")
			.contains("<option value=\"zeile\" selected=\"selected\">zeile</option>")
			.contains("Bitte prüfen und bestätigen").doesNotContain("id=\"start-import\"");
		mvc.perform(post(review + "/start").param("acceptWarnings", "true").with(csrf()).with(as(office)))
			.andExpect(flash().attribute("startError", "statistics.review.error.confirmMapping"));
		// when an incomplete mapping is submitted (long layout without the label column)
		org.springframework.util.MultiValueMap<String, String> incomplete = koelnMapping();
		incomplete.set("labelColumn", "");
		mvc.perform(post(review + "/einstellungen").with(csrf()).with(as(office)).params(incomplete)).andExpect(flash().attribute("settingsErrorDetail", "labelColumn"));
		// and then the mapping as the form shows it
		mvc.perform(post(review + "/einstellungen").with(csrf()).with(as(office)).params(koelnMapping()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(0));
		// then the mapping is confirmed, the preview holds the city total of 2005 and the import can start
		html = page(review, office);
		assertThat(html).contains("Zuordnung bestätigt.").contains("<td>05315000</td>")
			.contains("1.023.101 (1 Gebiet)").contains("id=\"start-import\"");
		// when it is imported with the warnings (quarters unknown to the territory) accepted
		Job job = runJob(review + "/start", office, true);
		// then the dataset holds every year of the city and its quarters
		assertThat(page("/statistik/import/auftraege/" + job.id(), office)).contains("Werte importiert");
		String dataset = jdbc.sql("select id from statistics_dataset where sha256 = :sha")
			.param("sha", sha(content)).query(String.class).single();
		assertThat(page("/statistik/datensaetze/" + dataset, office)).contains("31.12.2005").contains("1.023.101");
		assertThat(jdbc.sql("select val from statistics_observation where dataset_id = :id and area = '05315000'"
				+ " and ref_date = :date and sex = 't' and age_from = 0 and age_to is null")
			.param("id", UUID.fromString(dataset)).param("date", LocalDate.of(2005, 12, 31)).query(Double.class)
			.single()).isEqualTo(1_023_101.0);
	}

	@Test
	void aWideTableIsReadWithTheColumnsTheUserMapped() throws Exception {
		// given the real Lübeck table, uploaded
		byte[] content = fresh(StatisticsData.ROOT.resolve("luebeck/data.csv"));
		String review = upload("/statistik", office, "data.csv", content);
		assertThat(page(review, office)).contains("<option value=\"luebeck\" selected=\"selected\">");
		// when the mapping is confirmed with only the residents column read
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("mapping", "true");
		form.add("preset", "luebeck");
		form.add("layout", "WIDE");
		form.add("areaColumn", "stadtteil");
		form.add("areaTemplate", "010030000000-Q-{id}");
		form.add("areaKeys", "00=01003000");
		form.add("dateColumn", "jahr");
		List<String> header = List.of("jahr", "stadtteil", "einwohner", "durchschnittsalter", "kinder", "erwachsene",
				"aeltere", "geburten", "sterbefaelle", "zuzuege", "wegzuege");
		for (int i = 0; i < header.size(); i++) {
			form.add("columns[" + i + "].name", header.get(i));
			form.add("columns[" + i + "].measure", header.get(i).equals("einwohner") ? "population" : "");
			form.add("columns[" + i + "].sex", "t");
			form.add("columns[" + i + "].ageFrom", "");
			form.add("columns[" + i + "].ageTo", "");
		}
		mvc.perform(post(review + "/einstellungen").with(csrf()).with(as(office)).params(form))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeCount(0));
		// then the preview reads residents only: Lübeck's 222,077 at 31.12.2022, one value per Stadtteil and year
		String html = page(review, office);
		long rows = new String(content, StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank()).count();
		assertThat(html).contains("Zuordnung bestätigt.").contains("222.077 (1 Gebiet)")
			.contains(rows + " Werte für").doesNotContain("<span>Geburten</span>");
	}

	/** The Köln mapping as the review form submits it. */
	private static org.springframework.util.MultiValueMap<String, String> koelnMapping() {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		form.add("format", "");
		form.add("area", "");
		form.add("date", "");
		form.add("mapping", "true");
		form.add("preset", "koeln");
		form.add("layout", "LONG");
		form.add("areaColumn", "raum_id");
		form.add("areaTemplate", "053150000000-Q-{id}");
		form.add("areaKeys", "000=05315000");
		form.add("dateColumn", "jahr");
		form.add("labelColumn", "zeile");
		form.add("valueColumn", "zahl");
		form.add("filterColumn", "tab_id");
		form.add("filterValues", "005, 010, 020");
		return form;
	}

	@Test
	void aBrokenFileShowsLineAndReasonAndStoresNothing() throws Exception {
		// given a canonical file with a negative count in line 3
		LocalDate date = LocalDate.of(1800, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(1, 70_000));
		byte[] content = ("area,date,sex,age_from,age_to,value\n04012," + date + ",m,0,,5\n04012," + date
				+ ",f,0,,-7\n").getBytes(StandardCharsets.UTF_8);
		// when it is uploaded
		String review = upload("/statistik", office, "kaputt.csv", content);
		String html = page(review, office);
		// then the error names line, column and reason, and there is no import button
		assertThat(html).contains("DAKS-Standard-CSV").contains("<td class=\"num\">3</td>")
			.contains("Negativer Wert „-7“").doesNotContain("id=\"start-import\"");
		// and starting anyway is refused; nothing is stored
		mvc.perform(post(review + "/start").param("acceptWarnings", "true").with(csrf()).with(as(office)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("startError", "statistics.review.error.errors"));
		assertThat(datasetsOf(content)).isZero();
		// when it is discarded, the staged upload is deleted
		mvc.perform(post(review + "/verwerfen").with(csrf()).with(as(office))).andExpect(status().is3xxRedirection());
		mvc.perform(get(review).with(as(office))).andExpect(status().isNotFound());
	}

	@Test
	void tooLargeAndBinaryUploadsAreRejected() throws Exception {
		// given a file above the limit and a PNG
		byte[] large = new byte[20 * 1024 * 1024 + 1];
		java.util.Arrays.fill(large, (byte) 'a');
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0 };
		long before = jdbc.sql("select count(*) from statistics_upload").query(Long.class).single();
		// when they are uploaded, then the form names the problem and nothing is staged
		String tooLarge = mvc.perform(multipart("/statistik/import").file(new MockMultipartFile("file", "gross.csv",
				"text/csv", large)).with(csrf()).with(as(office))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(tooLarge).contains("Die Datei ist zu groß (höchstens 20 MB).");
		String binary = mvc.perform(multipart("/statistik/import").file(new MockMultipartFile("file", "bild.csv",
				"text/csv", png)).with(csrf()).with(as(office))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(binary).contains("keine Text-, CSV- oder JSON-Datei").contains("image/png");
		assertThat(jdbc.sql("select count(*) from statistics_upload").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aKommuneImportsItsOwnRegisterButNoOtherAreas() throws Exception {
		// given the Konstanz register of 2023 uploaded by the coordinator of a Kommune with Konstanz's area
		byte[] content = fresh(StatisticsData.KONSTANZ_PYRAMIDS.resolve("pyramide_2023.csv"));
		String base = "/kommunen/" + konstanz + "/statistik";
		String review = upload(base, coordinator, "pyramide_2023.csv", content);
		// when it is imported with the warning accepted
		Job job = runJob(review + "/start", coordinator, true);
		// then it belongs to the Kommune and its page lists it
		assertThat(job.kommune()).isEqualTo(konstanz);
		assertThat(page(base, coordinator)).contains("pyramide_2023.csv");
		assertThat(page("/statistik", office)).contains("Statistikstadt ");
		// given a canonical file of another Gemeinde (Bremerhaven)
		byte[] other = ("area,date,sex,age_from,age_to,value\n04012,2020-12-31,t,0,,"
				+ ThreadLocalRandom.current().nextInt(1, 1_000_000) + "\n").getBytes(StandardCharsets.UTF_8);
		String otherReview = upload(base, coordinator, "bremerhaven.csv", other);
		// then the review refuses it: not an area of this Kommune
		assertThat(page(otherReview, coordinator)).contains("Das Gebiet 04012 gehört nicht zu dieser Kommune.")
			.doesNotContain("id=\"start-import\"");
	}

	@Test
	void nonMembersAndOtherKommunenAreRefused() throws Exception {
		// given an upload of the Kommune
		String base = "/kommunen/" + konstanz + "/statistik";
		String review = upload(base, coordinator, "x.csv",
				"area,date,sex,age_from,age_to,value\n08335043,2001-12-31,t,0,,1\n".getBytes(StandardCharsets.UTF_8));
		// then a member of another Kommune cannot see or start it, nor the programme-wide pages
		mvc.perform(get(review).with(as(outsider))).andExpect(status().isForbidden());
		mvc.perform(post(review + "/start").with(csrf()).with(as(outsider))).andExpect(status().isForbidden());
		mvc.perform(multipart(base + "/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
				"a".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as(outsider)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/statistik").with(as(coordinator))).andExpect(status().isForbidden());
		mvc.perform(get("/statistik/import").with(as(coordinator))).andExpect(status().isForbidden());
		// and the programme-wide review does not show the Kommune's upload
		mvc.perform(get(review.replace(base, "/statistik")).with(as(office))).andExpect(status().isNotFound());
	}

	/** The sum of every count of a register extract (all columns but the first), computed from the file itself. */
	private static long sumOf(byte[] content) {
		return new String(content, StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank())
			.mapToLong(l -> java.util.Arrays.stream(l.split(",")).skip(1).filter(c -> !c.isBlank())
				.mapToLong(Long::parseLong).sum())
			.sum();
	}

	private long datasetsOf(byte[] content) throws Exception {
		return jdbc.sql("select count(*) from statistics_dataset where sha256 = :sha").param("sha", sha(content))
			.query(Long.class).single();
	}

	private static String sha(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
