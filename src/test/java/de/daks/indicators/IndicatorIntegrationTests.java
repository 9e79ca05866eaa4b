package de.daks.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.statistics.DatasetId;
import de.daks.statistics.Observation;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue from the migrated database, the projection hook, and the pages (German first). */
@DaksIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IndicatorService indicators;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	private DaksPrincipal office;

	@BeforeAll
	void setUp() {
		String email = "office-" + UUID.randomUUID() + "@test.invalid";
		UserId id = users.createUser(email, "Geschäftsstelle Test", null, GlobalRole.GESCHAEFTSSTELLE);
		office = new DaksPrincipal(id, email, "Geschäftsstelle Test", GlobalRole.GESCHAEFTSSTELLE, null, true, true,
				false);
	}

	@Test
	void theMigrationSeedsEveryIndicatorOfDomainSectionFour() {
		// when
		IndicatorCatalogue catalogue = indicators.catalogue();
		// then
		assertThat(catalogue.all()).extracting(IndicatorDefinition::id).contains("mean_age", "median_age",
				"youth_ratio", "youth_ratio_destatis", "old_age_ratio", "total_dependency_ratio", "share_under_18",
				"share_65_plus", "share_80_plus", "share_under_15_and_65_plus", "birth_rate", "natural_balance_rate",
				"migration_balance_rate", "migration_education", "migration_family", "migration_career",
				"migration_second_half", "migration_old_age", "tfr", "tfr_13_49", "population_change_5y",
				"population_change_10y", "density", "age_group_0_2", "age_group_80_plus", "population");
		IndicatorDefinition family = catalogue.get("migration_family");
		assertThat(family.windowYears()).isEqualTo(4);
		assertThat(family.formula(Locale.GERMAN)).isEqualTo("(Z − F)(0–17 + 30–49) / P(0–17 + 30–49) × 1.000 (je Ø 4 Jahre)");
		assertThat(catalogue.get("youth_ratio_destatis").variant()).isEqualTo("Destatis");
	}

	@Test
	void indicatorsOfAGivenPopulationForTheProjection() {
		// given a "projected" population of 2040 (Konstanz 2025 moved by 15 years) and an area of 54.11 km²
		KonstanzRegister.assumeAvailable();
		List<Observation> projected = new ArrayList<>();
		for (Observation o : KonstanzRegister.pyramid(2025)) {
			projected.add(new Observation(o.area(), o.date().plusYears(15), o.measure(), o.sex(), o.age(), o.value()));
		}
		DatasetId run = DatasetId.random();
		// when
		Indicators result = indicators.computeFrom(projected, KonstanzRegister.AREA, 2040, new BigDecimal("54.11"), run);
		// then: the same sums as Konstanz 2025 (P(65+) = 17,701, P(20..64) = 55,029), attributed to the run
		assertThat(result.value("old_age_ratio").orElseThrow().value()).isCloseTo(17_701.0 / 55_029 * 100,
				within(1e-9));
		assertThat(result.value("density").orElseThrow().value()).isCloseTo(87_178 / 54.11, within(1e-9));
		assertThat(result.value("old_age_ratio").orElseThrow().datasets()).containsExactly(run);
	}

	@Test
	void theCataloguePageIsPublicAndGerman() throws Exception {
		// when
		String html = mvc.perform(get("/indikatoren").locale(Locale.GERMAN)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		// then
		assertThat(html).contains("Indikatorenkatalog").contains("Altenquotient").contains("P(65+) / P(20–64) × 100")
			.contains("Wegweiser Kommune: zehn funktionale Altersgruppen").contains("je 1.000")
			.contains("Zähler und Nenner gemittelt über 4 Jahre");
	}

	@Test
	void theKommunePageSaysWhenThereIsNoDataOrNoArea() throws Exception {
		// given a Kommune without area and one whose area has no statistics
		KommuneId unlinked = kommunen.create(new NewKommune("Ohnegebiet " + UUID.randomUUID(), KommuneKind.GEMEINDE,
				List.of(), "05", null, null, null, false));
		KommuneId empty = kommunen.create(new NewKommune("Ohnedaten " + UUID.randomUUID(), KommuneKind.GEMEINDE,
				List.of("059999999999"), "05", null, null, null, false));
		// when / then
		assertThat(page(unlinked)).contains("noch mit keinem Gebiet verknüpft");
		assertThat(page(empty)).contains("Für das Gebiet 059999999999 sind noch keine Bevölkerungsdaten eingelesen");
		assertThat(mvc.perform(get("/kommunen/" + empty + "/indikatoren/old_age_ratio").with(user(office))
			.locale(Locale.GERMAN)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Altenquotient: Ohnedaten").contains("P(65+) / P(20–64) × 100");
		mvc.perform(get("/kommunen/" + empty + "/indikatoren/no_such_indicator").with(user(office)))
			.andExpect(status().isNotFound());
		// and without a session the page is denied
		mvc.perform(get("/kommunen/" + empty + "/indikatoren")).andExpect(status().is3xxRedirection());
	}

	private String page(KommuneId id) throws Exception {
		return mvc.perform(get("/kommunen/" + id + "/indikatoren").with(user(office)).locale(Locale.GERMAN))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
