package de.daks.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

/** Payment requests tied to receipts, and invoices in a chosen cost category (issue 7). */
@DaksIntegrationTest
class PaymentRequestIntegrationTests {

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

	private KommuneId kommune() {
		return kommunen.create(new NewKommune("Abrufstadt " + unique(), KommuneKind.STADT, List.of(), "14", 12_000L,
				"2023-12-31", new BigDecimal("30.00"), false));
	}

	private ProgrammeId programme(KommuneId... members) {
		ProgrammeId programme = programmes.create("Programm " + unique(), "A" + unique(), "", LocalDate.of(2026, 1, 1),
				LocalDate.of(2027, 12, 31));
		for (KommuneId k : members) {
			programmes.addKommune(programme, k);
		}
		return programme;
	}

	private UUID expense(ProgrammeId programme, KommuneId kommune, int year, CostCategory category, String amount,
			String reference) {
		funding.book(programme, kommune, year, category, BookingKind.EXPENSE, Money.of(amount), "Beleg " + reference,
				reference, true);
		return funding.bookings(programme, kommune).stream().filter(b -> b.reference().equals(reference)).findFirst()
			.orElseThrow().id();
	}

	@Test
	void aRequestClaimsReceiptsOnceWithTheirExactSumAndTheOfficeDecidesWithAReason() throws Exception {
		// given: three receipts of 2026
		DaksPrincipal coordinator = principal("coord", null);
		DaksPrincipal office = principal("office", GlobalRole.GESCHAEFTSSTELLE);
		KommuneId kommune = kommune();
		users.addMembership(coordinator.id(), kommune, KommuneRole.KOORDINATION);
		ProgrammeId programme = programme(kommune);
		UUID posters = expense(programme, kommune, 2026, CostCategory.MATERIAL_COSTS, "1234.56", "RE-1");
		UUID hall = expense(programme, kommune, 2026, CostCategory.MATERIAL_COSTS, "765.44", "RE-2");
		UUID moderation = expense(programme, kommune, 2026, CostCategory.EXTERNAL_CONSULTING, "0.10", "RE-3");
		String pay = "/kommunen/" + kommune + "/foerderung/mittelabruf";

		// when: the Kommune claims the first two
		mvc.perform(post(pay).with(csrf()).with(user(coordinator)).param("programme", programme.toString())
			.param("receipt", posters.toString(), hall.toString()).param("note", "Abschlag Frühjahr"))
			.andExpect(flash().attribute("flashSuccess", "funding.payment.requested"));
		// then: the amount is their exact sum, the receipts are listed, and they can be claimed no more
		PaymentRequest request = funding.paymentRequests(programme).get(0);
		assertThat(request.amount()).isEqualTo(Money.of("1234.56").plus(Money.of("765.44")));
		assertThat(request.amount()).isEqualTo(Money.of(2_000));
		assertThat(request.items()).extracting(PaymentRequest.Item::bookingId).containsExactlyInAnyOrder(posters, hall);
		assertThat(funding.claimableReceipts(programme, kommune)).extracting(Booking::id).containsExactly(moderation);
		mvc.perform(post(pay).with(csrf()).with(user(coordinator)).param("programme", programme.toString())
			.param("receipt", hall.toString(), moderation.toString()))
			.andExpect(flash().attribute("flashError", "funding.payment.alreadyClaimed"));
		assertThat(funding.paymentRequests(programme)).hasSize(1);

		// when: the office rejects without a reason, then with one
		String decide = "/programme/" + programme + "/foerderung/mittelabrufe/" + request.id();
		mvc.perform(post(decide).with(csrf()).with(user(coordinator)).param("decision", "reject").param("reason", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post(decide).with(csrf()).with(user(office)).param("decision", "reject").param("reason", " "))
			.andExpect(flash().attribute("flashError", "funding.payment.reasonNeeded"));
		assertThat(funding.paymentRequests(programme).get(0).isOpen()).isTrue();
		mvc.perform(post(decide).with(csrf()).with(user(office)).param("decision", "reject")
			.param("reason", "Beleg RE-2 ist nicht lesbar")).andExpect(flash().attribute("flashSuccess", "funding.payment.decided"));
		// then: rejected with the reason, and the receipts are free again
		assertThat(funding.paymentRequests(programme).get(0)).satisfies(r -> {
			assertThat(r.status()).isEqualTo(PaymentRequest.Status.REJECTED);
			assertThat(r.reason()).isEqualTo("Beleg RE-2 ist nicht lesbar");
		});
		assertThat(funding.claimableReceipts(programme, kommune)).hasSize(3);

		// when: claimed again, all three, and paid
		UUID second = funding.requestPayment(programme, kommune, List.of(posters, hall, moderation), "", "test");
		funding.decidePayment(programme, second, true, "", "office");
		// then
		assertThat(funding.paymentRequests(programme)).filteredOn(r -> r.id().equals(second)).singleElement()
			.satisfies(r -> {
				assertThat(r.status()).isEqualTo(PaymentRequest.Status.PAID);
				assertThat(r.amount()).isEqualTo(Money.of("1234.56").plus(Money.of("765.44")).plus(Money.of("0.10")));
			});
		assertThat(funding.claimableReceipts(programme, kommune)).isEmpty();
		assertThat(audit.latest(kommune, 30)).extracting(e -> e.action())
			.contains("funding.payment.requested", "funding.payment.rejected", "funding.payment.paid");
		String page = mvc.perform(get("/programme/" + programme + "/foerderung").with(user(office)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Beleg RE-2 ist nicht lesbar").contains("2.000,10 €").contains("RE-3");
	}

	@Test
	void aRequestIsCheckedAgainstTheBudgetOfItsCategory() {
		// given: 8,000 € spent on material costs (cap 10,000 €), then the budget is cut to 5,000 €
		KommuneId kommune = kommune();
		ProgrammeId programme = programme(kommune);
		UUID first = expense(programme, kommune, 2026, CostCategory.MATERIAL_COSTS, "4999.99", "M-1");
		UUID second = expense(programme, kommune, 2026, CostCategory.MATERIAL_COSTS, "3000.01", "M-2");
		funding.setBudget(programme, kommune, 2026, CostCategory.MATERIAL_COSTS, Money.of(5_000));
		// when: the first fits into 5,000 € ...
		funding.requestPayment(programme, kommune, List.of(first), "", "test");
		// then: ... the second does not: 5,000 − 4,999.99 = 0.01 € is left
		assertThatThrownBy(() -> funding.requestPayment(programme, kommune, List.of(second), "", "test"))
			.isInstanceOfSatisfying(PaymentRequestException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("funding.payment.overBudget");
				assertThat(ex.args()).containsExactly(CostCategory.MATERIAL_COSTS,
						Money.of(5_000).minus(Money.of("4999.99")).toGerman(), "3.000,01 €");
			});
		assertThat(funding.paymentRequests(programme)).hasSize(1);
	}

	@Test
	void aRequestTakesReceiptsOfOneYearAndOfTheKommuneOnly() {
		// given
		KommuneId kommune = kommune();
		KommuneId other = kommune();
		ProgrammeId programme = programme(kommune, other);
		UUID in2026 = expense(programme, kommune, 2026, CostCategory.EXTERNAL_CONSULTING, "100", "Y-1");
		UUID in2027 = expense(programme, kommune, 2027, CostCategory.EXTERNAL_CONSULTING, "100", "Y-2");
		UUID foreign = expense(programme, other, 2026, CostCategory.EXTERNAL_CONSULTING, "100", "F-1");
		// when / then
		assertThatThrownBy(() -> funding.requestPayment(programme, kommune, List.of(in2026, in2027), "", "test"))
			.hasMessageStartingWith("funding.payment.oneYear");
		assertThatThrownBy(() -> funding.requestPayment(programme, kommune, List.of(in2026, foreign), "", "test"))
			.hasMessageStartingWith("funding.payment.unknownReceipt");
		assertThatThrownBy(() -> funding.requestPayment(programme, kommune, List.of(), "", "test"))
			.hasMessageStartingWith("funding.payment.noReceipts");
		assertThat(funding.paymentRequests(programme)).isEmpty();
	}

	@Test
	void anInvoiceIsCheckedAgainstTheCapOfItsChosenCategoryAndBookedInIt() throws Exception {
		// given: the call's caps, 10,000 € material costs a year
		DaksPrincipal consultant = principal("consultant", null);
		DaksPrincipal member = principal("member", null);
		KommuneId kommune = kommune();
		users.addMembership(consultant.id(), kommune, KommuneRole.BERATUNG);
		users.addMembership(member.id(), kommune, KommuneRole.MITGLIED);
		ProgrammeId programme = programme(kommune);
		String path = "/kommunen/" + kommune + "/foerderung/rechnungen";
		// when: 6,000 € for the Zukunftswerkstatt's hall and catering as material costs
		mvc.perform(post(path).with(csrf()).with(user(consultant)).param("programme", programme.toString())
			.param("year", "2026").param("category", "MATERIAL_COSTS").param("amount", "6.000,00")
			.param("description", "Saalmiete und Verpflegung")).andExpect(flash().attribute("flashSuccess",
					"funding.invoice.submitted"));
		// then: a second of 4,000.01 € is over the material cap (6,000 open + 4,000.01 > 10,000), in consulting it fits
		mvc.perform(post(path).with(csrf()).with(user(consultant)).param("programme", programme.toString())
			.param("year", "2026").param("category", "MATERIAL_COSTS").param("amount", "4.000,01")
			.param("description", "Plakate")).andExpect(flash().attribute("flashError", "funding.invoice.overCategoryCap"));
		mvc.perform(post(path).with(csrf()).with(user(consultant)).param("programme", programme.toString())
			.param("year", "2026").param("category", "CONSTRUCTION_INVESTMENT").param("amount", "10,00")
			.param("description", "Rampe")).andExpect(flash().attribute("flashError", "funding.invoice.categoryInvalid"));
		mvc.perform(post(path).with(csrf()).with(user(consultant)).param("programme", programme.toString())
			.param("year", "2026").param("amount", "10,00").param("description", "ohne Kategorie"))
			.andExpect(flash().attribute("flashError", "funding.invoice.categoryInvalid"));
		assertThat(funding.invoices(programme, kommune)).singleElement()
			.satisfies(i -> assertThat(i.category()).isEqualTo(CostCategory.MATERIAL_COSTS));

		// when: the Kommune approves it
		UUID invoice = funding.invoices(programme, kommune).get(0).id();
		mvc.perform(post(path + "/" + invoice).with(csrf()).with(user(member)).param("programme", programme.toString())
			.param("decision", "approve")).andExpect(flash().attribute("flashSuccess", "funding.invoice.approved"));
		// then: booked as an expense of material costs
		assertThat(funding.bookings(programme, kommune)).singleElement().satisfies(b -> {
			assertThat(b.category()).isEqualTo(CostCategory.MATERIAL_COSTS);
			assertThat(b.kind()).isEqualTo(BookingKind.EXPENSE);
			assertThat(b.amount()).isEqualTo(Money.of(6_000));
		});
		assertThat(funding.overview(programme, kommune).rows()).filteredOn(
				r -> r.year() == 2026 && r.category() == CostCategory.MATERIAL_COSTS).singleElement()
			.satisfies(r -> assertThat(r.remaining()).isEqualTo(Money.of(10_000 - 6_000)));
	}
}
