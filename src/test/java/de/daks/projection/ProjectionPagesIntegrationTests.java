package de.daks.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.shared.job.JobState;
import de.daks.shared.job.Jobs;
import de.daks.statistics.StatisticsImports;
import de.daks.territory.KommuneManagement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The projection pages on Konstanz 2010–2020: form with derived assumptions, start, result, CSV, reproduce, backtest. */
@DaksIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectionPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProjectionService projections;

	@Autowired
	StatisticsImports imports;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Autowired
	Jobs jobs;

	private KommuneId kommune;

	private DaksPrincipal coordinator;

	@BeforeAll
	void data() {
		KonstanzProjectionData.assumeAvailable();
		kommune = KonstanzProjectionData.kommune(kommunen, "Konstanz Seiten");
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"cli:test", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
		try {
			KonstanzProjectionData.importInto(imports, kommune, 2010, 2020);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String email = "prognose-" + UUID.randomUUID() + "@test.invalid";
		UserId id = users.createUser(email, "Koordination Prognose", null, null);
		users.addMembership(id, kommune, KommuneRole.KOORDINATION);
		coordinator = new DaksPrincipal(id, email, "Koordination Prognose", null, null, true, true, false);
	}

	@Test
	void theFormShowsTheDerivedAssumptionsInGerman() throws Exception {
		// when
		String html = page(get("/kommunen/" + kommune + "/prognose/neu?baseYear=2020&historyYears=5"));
		// then
		assertThat(html).contains("Abgeleitete Annahmen (Basiszeitraum 2015–2020)")
			.contains("Zusammengefasste Geburtenziffer").contains("Lebenserwartung bei Geburt, Frauen")
			.contains("Wanderungssaldo je Jahr, Alter 20–24").contains("name=\"netMigration[4]\"");
	}

	@Test
	void aHorizonOf31IsRefusedOnItsFieldAndNothingIsStored() throws Exception {
		// when
		String html = mvc.perform(post("/kommunen/" + kommune + "/prognose").with(user(coordinator)).with(csrf())
			.locale(Locale.GERMAN).param("baseYear", "2020").param("horizon", "31").param("method", "cohort-component")
			.param("historyYears", "5").param("scenario", "Basis").param("fertilityFactor", "1")
			.param("migrationFactor", "1").param("timing", "half-before-half-after"))
			.andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("projectionForm", "horizon"))
			.andReturn().getResponse().getContentAsString();
		// then
		assertThat(html).contains("Der Horizont muss zwischen 1 und 30 Jahren liegen (eingegeben: 31).")
			.contains("aria-invalid=\"true\"");
		assertThat(runs()).isZero();
	}

	@Test
	void anEditedRunIsStartedShownDownloadedAndReproducedIdentically() throws Exception {
		// when: start with an edited TFR (German decimal comma) and a horizon of 10
		String location = mvc.perform(post("/kommunen/" + kommune + "/prognose").with(user(coordinator)).with(csrf())
			.locale(Locale.GERMAN).param("baseYear", "2020").param("horizon", "10").param("method", "cohort-component")
			.param("historyYears", "5").param("scenario", "Geburten hoch").param("fertilityFactor", "1")
			.param("migrationFactor", "1").param("timing", "half-before-half-after").param("tfr", "1,80"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		ProjectionRunInfo run = await(id);
		// then the edited value is stored and used
		assertThat(run.settings().tfr()).isEqualTo(1.8);
		assertThat(run.notes()).anyMatch(n -> n.contains("TFR 1.800"));
		String html = page(get(location));
		assertThat(html).contains("Prognose Geburten hoch").contains("Bevölkerung insgesamt mit 80-%-Intervall")
			.contains("Altenquotient").contains("2030").contains("Mit denselben Eingaben erneut berechnen")
			.contains("<svg").contains("role=\"img\"").contains("Datentabelle");
		// and the CSV is canonical with p10/p90
		String csv = mvc.perform(get(location + "/ergebnis.csv").with(user(coordinator))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).startsWith("area,date,sex,age_from,age_to,value,p10,p90\n08335043,2021-12-31,f,0,1,");

		// when reproduced
		String again = mvc.perform(post(location + "/reproduzieren").with(user(coordinator)).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		await(UUID.fromString(again.substring(again.lastIndexOf('/') + 1)));
		// then the page says the numbers are identical
		assertThat(page(get(again))).contains("Reproduziert: Die Zahlen sind identisch");
	}

	@Test
	void theBacktestComparesAProjectionWithTheCountedPopulation() throws Exception {
		// when
		String html = page(get("/kommunen/" + kommune + "/prognose/rueckblick?basisjahr=2015&horizont=5&historie=5"));
		// then
		assertThat(html).contains("Prognose 2015 im Vergleich mit dem Bestand 2020")
			.contains("Mittlere absolute prozentuale Abweichung der Altersgruppen (MAPE)")
			.contains("Trefferquote des 80-%-Intervalls").contains("85+").contains("So lesen Sie den Rückblick");
		// and a target year without data is named
		assertThat(page(get("/kommunen/" + kommune + "/prognose/rueckblick?basisjahr=2015&horizont=30&historie=5")))
			.contains("Für das Jahr 2045 am Ende des Horizonts gibt es keine gezählte Bevölkerung zum Vergleich.");
	}

	private ProjectionRunInfo await(UUID id) throws InterruptedException {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"cli:test", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
		try {
			ProjectionRunInfo run = projections.get(kommune, id);
			assertThat(jobs.await(run.job(), Duration.ofSeconds(120)).state()).isEqualTo(JobState.SUCCEEDED);
			return projections.get(kommune, id);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private int runs() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"cli:test", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
		try {
			return (int) projections.runs(kommune).stream().filter(r -> r.horizon() == 31).count();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(coordinator)).locale(Locale.GERMAN)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}
}
