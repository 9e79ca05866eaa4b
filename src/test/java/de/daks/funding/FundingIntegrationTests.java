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
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.audit.AuditLog;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@DaksIntegrationTest
class FundingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FundingManagement funding;

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Autowired
	AuditLog audit;

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private DaksPrincipal principal(String prefix, GlobalRole role) {
		UserId id = users.createUser(prefix + "-" + unique() + "@test.invalid", "Person " + prefix, null, role);
		UserAccount a = users.get(id);
		return new DaksPrincipal(id, a.email(), a.displayName(), role, null, true, true, false);
	}

	private ResultActions book(DaksPrincipal who, KommuneId kommune, ProgrammeId programme, String category,
			String amount, boolean accept) throws Exception {
		return mvc.perform(post("/kommunen/" + kommune + "/foerderung/buchungen").with(csrf()).with(user(who))
			.param("programme", programme.toString()).param("year", "2026").param("category", category)
			.param("kind", "COMMITMENT").param("amount", amount).param("description", "Beratervertrag")
			.param("reference", "V-1").param("warningAccepted", String.valueOf(accept)));
	}

	@Test
	void bookingsAreWarnedBeforeAndBlockedAboveTheBudget() throws Exception {
		// given: a budget of 12,000 € for consulting in 2026 (cap 30,000 €, warning at 90 % = 10,800 €)
		DaksPrincipal office = principal("office", GlobalRole.GESCHAEFTSSTELLE);
		DaksPrincipal coordinator = principal("coord", null);
		KommuneId kommune = kommunen.create(new NewKommune("Förderstadt " + unique(), KommuneKind.STADT, List.of(),
				"15", 20_000L, "2023-12-31", new BigDecimal("40.00"), false));
		users.addMembership(coordinator.id(), kommune, KommuneRole.KOORDINATION);
		ProgrammeId programme = programmes.create("Programm " + unique(), "F" + unique(), "",
				LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
		programmes.addKommune(programme, kommune);
		mvc.perform(post("/kommunen/" + kommune + "/foerderung/budget").with(csrf()).with(user(office))
			.param("programme", programme.toString()).param("year", "2026").param("category", "EXTERNAL_CONSULTING")
			.param("amount", "12.000,00")).andExpect(status().is3xxRedirection());

		// when / then: 9,000 € is fine
		book(coordinator, kommune, programme, "EXTERNAL_CONSULTING", "9.000,00", false)
			.andExpect(status().is3xxRedirection());
		// 2,000 € more reaches the warning line: shown, not stored
		String warning = book(coordinator, kommune, programme, "EXTERNAL_CONSULTING", "2.000", false)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(warning).contains("nur noch 1.000,00 € von 12.000,00 €");
		assertThat(funding.bookings(programme, kommune)).hasSize(1);
		// accepted: stored
		book(coordinator, kommune, programme, "EXTERNAL_CONSULTING", "2.000", true)
			.andExpect(status().is3xxRedirection());
		// one cent over the budget: blocked with the remaining amount named
		String blocked = book(coordinator, kommune, programme, "EXTERNAL_CONSULTING", "1.000,01", true)
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(blocked).contains("überschreitet die Obergrenze").contains("1.000,00 € von 12.000,00 €");
		// exactly the rest: allowed
		book(coordinator, kommune, programme, "EXTERNAL_CONSULTING", "1000", true)
			.andExpect(status().is3xxRedirection());
		// not eligible, and a malformed amount
		assertThat(book(coordinator, kommune, programme, "CONSTRUCTION_INVESTMENT", "10", true)
			.andReturn().getResponse().getContentAsString()).contains("nicht förderfähig (Bau und Investitionen");
		assertThat(book(coordinator, kommune, programme, "MATERIAL_COSTS", "12,345", true)
			.andReturn().getResponse().getContentAsString()).contains("höchstens zwei Nachkommastellen");

		// then: the overview and the audit log
		FundingOverview overview = funding.overview(programme, kommune);
		FundingOverview.Row consulting2026 = overview.rows().stream()
			.filter(r -> r.year() == 2026 && r.category() == CostCategory.EXTERNAL_CONSULTING).findFirst().orElseThrow();
		assertThat(consulting2026.planned()).isEqualTo(Money.of(12_000));
		assertThat(consulting2026.committed()).isEqualTo(Money.of(9_000 + 2_000 + 1_000));
		assertThat(consulting2026.remaining()).isEqualTo(Money.ZERO);
		// 2 years × (30,000 + 10,000) minus the 18,000 € cut from consulting 2026
		assertThat(overview.planned()).isEqualTo(Money.of(2 * (30_000 + 10_000) - (30_000 - 12_000)));
		assertThat(funding.bookings(programme, kommune)).hasSize(3);
		assertThat(audit.latest(kommune, 50)).extracting(e -> e.action())
			.contains("funding.budget.set", "funding.commitment.booked");
		String page = mvc.perform(get("/kommunen/" + kommune + "/foerderung").with(user(coordinator)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("12.000,00 €").contains("Beratervertrag");
		String overviewPage = mvc.perform(get("/programme/" + programme + "/foerderung").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(overviewPage).contains("62.000,00 €");
		assertThat(mvc.perform(get("/kommunen/" + kommune).with(user(coordinator))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("/kommunen/" + kommune + "/foerderung");
	}

	@Test
	void aConsultantsInvoiceIsApprovedByTheKommuneAndBookedWithinTheCap() throws Exception {
		// given
		DaksPrincipal consultant = principal("consultant", null);
		DaksPrincipal member = principal("member", null);
		KommuneId kommune = kommunen.create(new NewKommune("Rechnungsdorf " + unique(), KommuneKind.GEMEINDE,
				List.of(), "03", 4_000L, "2023-12-31", new BigDecimal("20.00"), false));
		users.addMembership(consultant.id(), kommune, KommuneRole.BERATUNG);
		users.addMembership(member.id(), kommune, KommuneRole.MITGLIED);
		ProgrammeId programme = programmes.create("Programm " + unique(), "R" + unique(), "",
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		programmes.addKommune(programme, kommune);
		String path = "/kommunen/" + kommune + "/foerderung/rechnungen";

		// when: the consultant submits consulting invoices of 5,000 € and 25,000.01 € (together one cent over the
		// 30,000 € cap: the second is refused at once), then one of 20,000 €
		for (String amount : List.of("5.000,00", "25.000,01", "20.000,00")) {
			mvc.perform(post(path).with(csrf()).with(user(consultant)).param("programme", programme.toString())
				.param("year", "2026").param("category", "EXTERNAL_CONSULTING").param("amount", amount)
				.param("description", "Moderation Zukunftswerkstatt").param("reference", "RE-" + amount))
				.andExpect(status().is3xxRedirection());
		}
		List<Invoice> invoices = funding.invoices(programme, kommune);
		assertThat(invoices).extracting(Invoice::amount).containsExactlyInAnyOrder(Money.of(5_000), Money.of(20_000));
		UUID small = invoices.stream().filter(i -> i.amount().equals(Money.of(5_000))).findFirst().orElseThrow().id();
		UUID large = invoices.stream().filter(i -> !i.id().equals(small)).findFirst().orElseThrow().id();
		// the consultant cannot approve
		mvc.perform(post(path + "/" + small).with(csrf()).with(user(consultant)).param("programme", programme.toString())
			.param("decision", "approve")).andExpect(status().isForbidden());
		// the member approves the first: booked as an expense of external consulting
		mvc.perform(post(path + "/" + small).with(csrf()).with(user(member)).param("programme", programme.toString())
			.param("decision", "approve")).andExpect(status().is3xxRedirection());

		// then
		assertThat(funding.invoices(programme, kommune)).extracting(Invoice::id, Invoice::status)
			.contains(org.assertj.core.groups.Tuple.tuple(small, Invoice.Status.APPROVED),
					org.assertj.core.groups.Tuple.tuple(large, Invoice.Status.SUBMITTED));
		FundingOverview.Row consulting = funding.overview(programme, kommune).rows().stream()
			.filter(r -> r.category() == CostCategory.EXTERNAL_CONSULTING).findFirst().orElseThrow();
		assertThat(consulting.spent()).isEqualTo(Money.of(5_000));
		assertThat(consulting.remaining()).isEqualTo(Money.of(30_000 - 5_000));

		// when: the Kommune requests payment of the approved invoice's receipt – nothing selected is refused
		String pay = "/kommunen/" + kommune + "/foerderung/mittelabruf";
		mvc.perform(post(pay).with(csrf()).with(user(member)).param("programme", programme.toString()))
			.andExpect(flash().attribute("flashError", "funding.payment.noReceipts"));
		UUID receipt = funding.claimableReceipts(programme, kommune).get(0).id();
		mvc.perform(post(pay).with(csrf()).with(user(member)).param("programme", programme.toString())
			.param("receipt", receipt.toString()).param("note", "Abschlag 1"))
			.andExpect(flash().attribute("flashSuccess", "funding.payment.requested"));
		UUID request = funding.paymentRequests(programme).get(0).id();
		mvc.perform(post("/programme/" + programme + "/foerderung/mittelabrufe/" + request).with(csrf())
			.with(user(member)).param("decision", "paid")).andExpect(status().isForbidden());
		DaksPrincipal office = principal("office", GlobalRole.GESCHAEFTSSTELLE);
		mvc.perform(post("/programme/" + programme + "/foerderung/mittelabrufe/" + request).with(csrf())
			.with(user(office)).param("decision", "paid")).andExpect(status().is3xxRedirection());
		// then
		assertThat(funding.paymentRequests(programme)).singleElement()
			.satisfies(r -> assertThat(r.status()).isEqualTo(PaymentRequest.Status.PAID));
		assertThat(mvc.perform(get("/programme/" + programme + "/foerderung").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("ausgezahlt")
			.contains("Abschlag 1");

		// when: rejected
		mvc.perform(post(path + "/" + large).with(csrf()).with(user(member)).param("programme", programme.toString())
			.param("decision", "reject")).andExpect(status().is3xxRedirection());
		// then
		assertThat(funding.invoices(programme, kommune)).filteredOn(i -> i.id().equals(large)).singleElement()
			.satisfies(i -> assertThat(i.status()).isEqualTo(Invoice.Status.REJECTED));
		assertThat(audit.latest(kommune, 20)).extracting(e -> e.action())
			.contains("funding.invoice.submitted", "funding.invoice.approved", "funding.invoice.rejected");
	}

	@Test
	void halfOfTheUnusedBudgetIsCarriedIntoTheNextYear() throws Exception {
		// given: carry-over 50 %, 10,000 € of 30,000 € consulting committed in 2026
		DaksPrincipal office = principal("office", GlobalRole.GESCHAEFTSSTELLE);
		KommuneId kommune = kommunen.create(new NewKommune("Übertragsdorf " + unique(), KommuneKind.GEMEINDE,
				List.of(), "06", 2_000L, "2023-12-31", new BigDecimal("10.00"), false));
		ProgrammeId programme = programmes.create("Programm " + unique(), "U" + unique(), "",
				LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
		programmes.addKommune(programme, kommune);
		mvc.perform(post("/programme/" + programme + "/foerderung/regeln").with(csrf()).with(user(office))
			.param("consultingCap", "30.000,00").param("materialCap", "10.000,00").param("warningPercent", "90")
			.param("carryOverPercent", "50")).andExpect(flash().attribute("flashSuccess", "funding.rules.saved"));
		book(office, kommune, programme, "EXTERNAL_CONSULTING", "10.000", true).andExpect(status().is3xxRedirection());
		// when
		BookingCheck atLimit = funding.check(programme, kommune, 2027, CostCategory.EXTERNAL_CONSULTING,
				BookingKind.COMMITMENT, Money.of(30_000 + (30_000 - 10_000) / 2));
		BookingCheck over = funding.check(programme, kommune, 2027, CostCategory.EXTERNAL_CONSULTING,
				BookingKind.COMMITMENT, Money.of("40000.01"));
		// then
		assertThat(atLimit.allowed()).isTrue();
		assertThat(over.outcome()).isEqualTo(BookingCheck.Outcome.BLOCKED);
		assertThat(funding.overview(programme, kommune).rows()).filteredOn(
				r -> r.year() == 2027 && r.category() == CostCategory.EXTERNAL_CONSULTING).singleElement()
			.satisfies(r -> assertThat(r.planned()).isEqualTo(Money.of(40_000)));
	}

	@Test
	void theBulkOverviewsOfTheSynopseEqualTheOverviewOfEachKommune() {
		// given: three Kommunen with budgets, commitments and expenses in two years, carry-over 50 %, one without bookings
		ProgrammeId programme = programmes.create("Programm " + unique(), "B" + unique(), "",
				LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31));
		funding.setRules(programme, Money.of(30_000), Money.of(10_000), new BigDecimal("90"), new BigDecimal("50"));
		List<KommuneId> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			KommuneId kommune = kommunen.create(new NewKommune("Summenstadt " + i + " " + unique(), KommuneKind.STADT,
					List.of(), "06", 5_000L, "2023-12-31", new BigDecimal("10.00"), false));
			programmes.addKommune(programme, kommune);
			ids.add(kommune);
			if (i == 3) {
				continue;
			}
			funding.setBudget(programme, kommune, 2026, CostCategory.EXTERNAL_CONSULTING, Money.of(20_000 - i * 1_000));
			funding.book(programme, kommune, 2026, CostCategory.EXTERNAL_CONSULTING, BookingKind.COMMITMENT,
					Money.of(5_000 + i * 100), "Beratung", "V-" + i, true);
			funding.book(programme, kommune, 2026, CostCategory.EXTERNAL_CONSULTING, BookingKind.EXPENSE,
					Money.of("6000.50"), "Rechnung", "R-" + i, true);
			funding.book(programme, kommune, 2027, CostCategory.MATERIAL_COSTS, BookingKind.COMMITMENT,
					Money.of(1_000 * (i + 1)), "Material", "M-" + i, true);
		}
		// when
		var bulk = funding.overviews(programme, ids);
		// then
		assertThat(bulk.keySet()).containsExactlyElementsOf(ids);
		for (KommuneId kommune : ids) {
			assertThat(bulk.get(kommune)).isEqualTo(funding.overview(programme, kommune));
		}
		assertThat(bulk.get(ids.get(0)).committed()).isEqualTo(Money.of(5_000 + 1_000));
	}
}
