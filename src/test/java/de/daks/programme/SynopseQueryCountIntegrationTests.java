package de.daks.programme;

import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.PlanOutline;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import de.daks.shared.KommuneId;
import java.util.EnumSet;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserId;
import de.daks.territory.Area;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import de.daks.territory.TerritoryManagement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The Synopse of a large programme must not run queries per Kommune (a programme has up to 400 of them). */
@DaksIntegrationTest
class SynopseQueryCountIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	TerritoryManagement territory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Plans plans;

	@Autowired
	javax.sql.DataSource dataSource;

	private final DaksPrincipal office = new DaksPrincipal(UserId.random(), "office@test.invalid", "Office",
			GlobalRole.GESCHAEFTSSTELLE, null, true, true, false);

	@Test
	void theSynopseMapLocatesKommunenWithAFixedNumberOfQueries() throws Exception {
		// given: Kommunen on Gemeinden without own boundary, so the marker is found through their ancestors
		// the statement statistics used to count are H2's
		Assumptions.assumeTrue(isH2(), "query statistics need H2");
		List<Area> gemeinden = territory.findAll(jdbc.sql("""
				select area_key from area where level = 'GEMEINDE' and retired = false and area_key like '05%'
				order by area_key limit 40""").query(String.class).list());
		Assumptions.assumeTrue(gemeinden.size() >= 20, "territory of Nordrhein-Westfalen not imported");
		String unique = UUID.randomUUID().toString().substring(0, 8);
		ProgrammeId id = programmes.create("Programm " + unique, "Q" + unique, "", LocalDate.of(2021, 1, 1),
				LocalDate.of(2024, 12, 31));
		for (Area gemeinde : gemeinden) {
			programmes.addKommune(id, kommunen.create(new NewKommune(gemeinde.name() + " " + unique,
					KommuneKind.GEMEINDE, List.of(gemeinde.key()), "05", 1000L, null, null, true)));
		}
		jdbc.sql("set query_statistics true").update();
		long before = areaQueries();
		// when
		String page = mvc.perform(get("/programme/" + id.value()).with(user(office))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		long queries = areaQueries() - before;
		// then
		assertThat(page).contains("<circle");
		assertThat(queries).as("queries on area tables for %d Kommunen", gemeinden.size()).isLessThan(25);
	}

	@Test
	void theFundingTableReadsTheMoneyOfAllKommunenWithAFixedNumberOfQueries() throws Exception {
		// given: 30 Kommunen in a programme of four years
		Assumptions.assumeTrue(isH2(), "query statistics need H2");
		String unique = UUID.randomUUID().toString().substring(0, 8);
		ProgrammeId id = programmes.create("Programm " + unique, "G" + unique, "", LocalDate.of(2021, 1, 1),
				LocalDate.of(2024, 12, 31));
		for (int i = 0; i < 30; i++) {
			programmes.addKommune(id, kommunen.create(new NewKommune("Geldort " + i + " " + unique,
					KommuneKind.GEMEINDE, List.of(), "05", 1000L, null, null, true)));
		}
		jdbc.sql("set query_statistics true").update();
		long before = fundingQueries();
		// when
		String page = mvc.perform(get("/programme/" + id.value()).param("table", "FUNDING").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long queries = fundingQueries() - before;
		// then: every Kommune has a line, read with a few grouped queries (it used to be 24 per Kommune)
		assertThat(page).contains("Geldort 29 " + unique);
		assertThat(queries).as("queries on funding tables for 30 Kommunen").isLessThan(10);
	}

	@Test
	void theThemesTableReadsThePlansOfAllKommunenWithAFixedNumberOfQueries() throws Exception {
		// given: 30 Kommunen with a Werkstattplan; the first has published a version and added a field afterwards
		Assumptions.assumeTrue(isH2(), "query statistics need H2");
		String unique = UUID.randomUUID().toString().substring(0, 8);
		ProgrammeId id = programmes.create("Programm " + unique, "T" + unique, "", LocalDate.of(2021, 1, 1),
				LocalDate.of(2024, 12, 31));
		List<KommuneId> members = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			KommuneId kommune = kommunen.create(new NewKommune("Planort " + i + " " + unique, KommuneKind.GEMEINDE,
					List.of(), "05", 1000L, null, null, true));
			programmes.addKommune(id, kommune);
			long field = plans.addField(kommune, "Wohnen und Pflege im Alter");
			plans.addMeasure(kommune, new Measure(0, field, "Seniorenbüro", null, null, null, null,
					EnumSet.of(TargetGroup.values()[i % TargetGroup.values().length]), null, null, null, null,
					MeasureStatus.PLANNED, null, 0, null, null));
			members.add(kommune);
		}
		plans.publish(members.get(0), LocalDate.of(2024, 3, 1), "Ratsbeschluss 1/2024", "test");
		plans.addField(members.get(0), "Neu im Entwurf");
		jdbc.sql("set query_statistics true").update();
		long before = planQueries();
		// when
		String page = mvc.perform(get("/programme/" + id.value()).param("table", "THEMES").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long queries = planQueries() - before;
		// then: a few queries for all plans, the published version's fields for the first, the draft's for the rest
		assertThat(page).contains("Planort 29 " + unique);
		assertThat(queries).as("queries on plan tables for 30 Kommunen").isLessThan(10);
		Map<KommuneId, PlanOutline> outlines = plans.outlines(members);
		assertThat(outlines.get(members.get(0)).latestVersion()).isEqualTo(1);
		assertThat(outlines.get(members.get(0)).fieldTitles()).containsExactly("Wohnen und Pflege im Alter");
		assertThat(outlines.get(members.get(1)).latestVersion()).isNull();
		assertThat(outlines.get(members.get(1)).measures()).singleElement()
			.satisfies(m -> assertThat(m.targetGroups()).containsExactly(TargetGroup.values()[1]));
		assertThat(plans.outlines(List.of(KommuneId.random()))).containsValue(PlanOutline.NONE);
	}

	private long planQueries() {
		return jdbc.sql("""
				select coalesce(sum(execution_count), 0) from information_schema.query_statistics
				where lower(sql_statement) like '%from plan%'""")
			.query(Long.class).single();
	}

	private boolean isH2() throws java.sql.SQLException {
		try (var connection = dataSource.getConnection()) {
			return "H2".equals(connection.getMetaData().getDatabaseProductName());
		}
	}

	private long fundingQueries() {
		return jdbc.sql("""
				select coalesce(sum(execution_count), 0) from information_schema.query_statistics
				where lower(sql_statement) like '%from funding_%'""")
			.query(Long.class).single();
	}

	private long areaQueries() {
		return jdbc.sql("""
				select coalesce(sum(execution_count), 0) from information_schema.query_statistics
				where lower(sql_statement) like '%from area%' or lower(sql_statement) like '%area_geometry%'""")
			.query(Long.class).single();
	}
}
