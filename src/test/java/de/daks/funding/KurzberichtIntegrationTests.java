package de.daks.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import de.daks.process.ProcessManagement;
import de.daks.process.Step;
import de.daks.process.StepStatus;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class KurzberichtIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	KurzberichtManagement reports;

	@Autowired
	FundingManagement funding;

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	ProcessManagement processes;

	@Autowired
	UserManagement users;

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private DaksPrincipal principal(String prefix, GlobalRole role) {
		UserId id = users.createUser(prefix + "-" + unique() + "@test.invalid", "Person " + prefix, null, role);
		UserAccount a = users.get(id);
		return new DaksPrincipal(id, a.email(), a.displayName(), role, null, true, true, false);
	}

	@Test
	void theReportDraftsItselfIsSubmittedOnceAndLateOnesAreListed() throws Exception {
		// given: a programme 2024–2025, two Kommunen, one with the Kick-Off done and 7,500 € committed in 2024
		DaksPrincipal office = principal("office", GlobalRole.GESCHAEFTSSTELLE);
		DaksPrincipal coordinator = principal("coord", null);
		KommuneId diligent = kommunen.create(new NewKommune("Fleißdorf " + unique(), KommuneKind.GEMEINDE, List.of(),
				"01", 3_000L, "2023-12-31", new BigDecimal("10.00"), false));
		KommuneId late = kommunen.create(new NewKommune("Spätstadt " + unique(), KommuneKind.STADT, List.of(), "01",
				9_000L, "2023-12-31", new BigDecimal("10.00"), false));
		users.addMembership(coordinator.id(), diligent, KommuneRole.KOORDINATION);
		ProgrammeId programme = programmes.create("Programm " + unique(), "K" + unique(), "", LocalDate.of(2024, 1, 1),
				LocalDate.of(2025, 12, 31));
		programmes.addKommune(programme, diligent);
		programmes.addKommune(programme, late);
		SecurityContextHolder.getContext().setAuthentication(
				new UsernamePasswordAuthenticationToken(office, null, office.getAuthorities()));
		try {
			processes.ensureProcess(diligent);
			processes.changeStatus(diligent, Step.KICK_OFF, StepStatus.IN_PROGRESS);
			processes.changeStatus(diligent, Step.KICK_OFF, StepStatus.DONE);
			funding.book(programme, diligent, 2024, CostCategory.EXTERNAL_CONSULTING, BookingKind.COMMITMENT,
					Money.of("7500"), "Beratervertrag", "V-9", true);
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		// when
		Kurzbericht draft = reports.reportOrDraft(programme, diligent, 2024);
		// then: the draft knows the steps and the money
		assertThat(draft.progress()).contains("1 von 5 Schritten abgeschlossen").contains("Kick-Off: Abgeschlossen");
		assertThat(draft.spending()).contains("Mittel 2024: ausgegeben 0,00 €, gebunden 7.500,00 €, geplant 40.000,00 €");

		// when: submitting without activities, then with
		String path = "/kommunen/" + diligent + "/kurzbericht";
		mvc.perform(post(path).with(csrf()).with(user(coordinator)).param("programme", programme.toString())
			.param("year", "2024").param("progress", draft.progress()).param("spending", draft.spending())
			.param("action", "submit")).andExpect(flash().attribute("flashError", "kurzbericht.activitiesMissing"));
		mvc.perform(post(path).with(csrf()).with(user(coordinator)).param("programme", programme.toString())
			.param("year", "2024").param("progress", draft.progress()).param("activities", "Zukunftswerkstatt am 12.10.")
			.param("spending", draft.spending()).param("outlook", "Werkstattplan").param("action", "submit"))
			.andExpect(flash().attribute("flashSuccess", "kurzbericht.submitted"));
		mvc.perform(post(path).with(csrf()).with(user(coordinator)).param("programme", programme.toString())
			.param("year", "2024").param("activities", "geändert").param("action", "save"))
			.andExpect(flash().attribute("flashError", "kurzbericht.locked"));

		// then: stored and locked; the office sees who is late for 2024 (due 31.03.2025)
		Kurzbericht stored = reports.reportOrDraft(programme, diligent, 2024);
		assertThat(stored.submitted()).isTrue();
		assertThat(stored.activities()).isEqualTo("Zukunftswerkstatt am 12.10.");
		assertThat(reports.statusOf(programme, 2024)).extracting(s -> s.kommune().id(), KurzberichtManagement.Status::late)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(diligent, false),
					org.assertj.core.groups.Tuple.tuple(late, true));
		assertThat(mvc.perform(get("/programme/" + programme + "/kurzberichte").param("year", "2024")
			.with(user(office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("verspätet").contains("Eingereicht am");
	}
}
