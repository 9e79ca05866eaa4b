package de.daks.funding;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A consultant submits an invoice, the Kommune approves it; a booking over the cap is refused – in Chromium. */
class FundingBrowserTests extends BrowserTestSupport {

	private static final String PASSWORD = "Browser-Foerderung-2026!";

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	ProgrammeManagement programmes;

	@Test
	void aConsultantsInvoiceIsApprovedByTheCoordinator() {
		// given: a programme running this year
		String run = UUID.randomUUID().toString().substring(0, 8);
		int year = Year.now().getValue();
		KommuneId kommune = kommunen.create(new NewKommune("Budgetstadt " + run, KommuneKind.STADT, List.of(), "09",
				30_000L, "2023-12-31", new BigDecimal("30.00"), false));
		String consultantEmail = "berater-" + run + "@test.invalid";
		UserId consultant = users.createUser(consultantEmail, "Bernd Berater", PASSWORD, null);
		users.addMembership(consultant, kommune, KommuneRole.BERATUNG);
		String coordinatorEmail = "koord-" + run + "@test.invalid";
		UserId coordinator = users.createUser(coordinatorEmail, "Klara Koordination", PASSWORD, null);
		users.addMembership(coordinator, kommune, KommuneRole.KOORDINATION);
		ProgrammeId programme = programmes.create("Budgetprogramm " + run, "G" + run, "", LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
		programmes.addKommune(programme, kommune);

		// when: the consultant submits an invoice
		signIn(consultantEmail, PASSWORD);
		open("/kommunen/" + kommune + "/foerderung");
		assertAccessible();
		driver.findElement(By.id("invoice-amount")).sendKeys("4.500,50");
		driver.findElement(By.id("invoice-description")).sendKeys("Moderation Bürgerdialog");
		driver.findElement(By.id("invoice-reference")).sendKeys("RE-2026-17");
		driver.findElement(By.cssSelector("form[action$='/foerderung/rechnungen'] button[type=submit]")).click();
		waitForText("wartet auf die Freigabe");
		// then: the consultant sees it but cannot approve
		assertThat(pageText()).contains("Moderation Bürgerdialog").contains("4.500,50 €").contains("zur Freigabe");
		assertThat(driver.findElements(By.cssSelector("button[value=approve]"))).isEmpty();
		assertAccessible();
		signOut();

		// when: the coordinator approves it, then tries to book material costs over the cap
		signIn(coordinatorEmail, PASSWORD);
		open("/kommunen/" + kommune + "/foerderung");
		driver.findElement(By.cssSelector("button[value=approve]")).click();
		waitForText("freigegeben und als Ausgabe gebucht");
		assertThat(pageText()).contains("25.499,50 €");
		assertAccessible();
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("category"))).selectByValue("MATERIAL_COSTS");
		driver.findElement(By.id("amount")).sendKeys("10.000,01");
		driver.findElement(By.id("description")).sendKeys("Plakate");
		driver.findElement(By.cssSelector("form[action$='/foerderung/buchungen'] button[type=submit]")).click();
		waitForText("überschreitet die Obergrenze");
		// then: blocked with the field named, accessible
		assertThat(driver.findElement(By.id("amount")).getAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible();
		signOut();
	}

	@Autowired
	FundingManagement funding;

	@Test
	void theCoordinatorRequestsPaymentOfSelectedReceipts() {
		// given: two receipts of this year
		String run = UUID.randomUUID().toString().substring(0, 8);
		int year = Year.now().getValue();
		KommuneId kommune = kommunen.create(new NewKommune("Abrufdorf " + run, KommuneKind.GEMEINDE, List.of(), "06",
				6_000L, "2023-12-31", new BigDecimal("20.00"), false));
		String coordinatorEmail = "abruf-" + run + "@test.invalid";
		UserId coordinator = users.createUser(coordinatorEmail, "Anna Abruf", PASSWORD, null);
		users.addMembership(coordinator, kommune, KommuneRole.KOORDINATION);
		ProgrammeId programme = programmes.create("Abrufprogramm " + run, "M" + run, "", LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
		programmes.addKommune(programme, kommune);
		funding.book(programme, kommune, year, CostCategory.MATERIAL_COSTS, BookingKind.EXPENSE, Money.of("1234.56"),
				"Plakate Zukunftswerkstatt", "RE-P1", true);
		funding.book(programme, kommune, year, CostCategory.EXTERNAL_CONSULTING, BookingKind.EXPENSE,
				Money.of("2500.44"), "Moderation Auftakt", "RE-M1", true);

		// when: the coordinator selects both receipts and requests payment
		signIn(coordinatorEmail, PASSWORD);
		open("/kommunen/" + kommune + "/foerderung");
		assertAccessible();
		driver.findElement(By.id("receipt-0")).click();
		driver.findElement(By.id("receipt-1")).click();
		driver.findElement(By.id("payment-note")).sendKeys("Abschlag Juni");
		driver.findElement(By.cssSelector("form[action$='/foerderung/mittelabruf'] button[type=submit]")).click();
		waitForText("an die Geschäftsstelle gesendet");
		// then: the request lists both receipts with their exact sum (1,234.56 + 2,500.44), none is claimable again
		assertThat(pageText()).contains("RE-P1").contains("RE-M1").contains("3.735,00 €").contains("Abschlag Juni")
			.contains("Es gibt keine Belege, die noch abgerufen werden können.");
		assertAccessible();
		signOut();
	}

	@Test
	void theCoordinatorCompletesAndSubmitsTheKurzbericht() {
		// given
		String run = UUID.randomUUID().toString().substring(0, 8);
		int year = Year.now().getValue();
		KommuneId kommune = kommunen.create(new NewKommune("Berichtsdorf " + run, KommuneKind.GEMEINDE, List.of(),
				"12", 8_000L, "2023-12-31", new BigDecimal("30.00"), false));
		String coordinatorEmail = "bericht-" + run + "@test.invalid";
		UserId coordinator = users.createUser(coordinatorEmail, "Rita Report", PASSWORD, null);
		users.addMembership(coordinator, kommune, KommuneRole.KOORDINATION);
		ProgrammeId programme = programmes.create("Berichtsprogramm " + run, "K" + run, "", LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
		programmes.addKommune(programme, kommune);

		// when
		signIn(coordinatorEmail, PASSWORD);
		open("/kommunen/" + kommune + "/kurzbericht");
		// then: the draft is there
		assertThat(driver.findElement(By.id("progress")).getAttribute("value")).contains("von 5 Schritten");
		assertThat(driver.findElement(By.id("spending")).getAttribute("value")).contains("geplant 40.000,00 €");
		assertAccessible();
		// when
		driver.findElement(By.id("activities")).sendKeys("Auftaktveranstaltung mit 80 Gästen");
		driver.findElement(By.cssSelector("button[value=submit]")).click();
		waitForText("Der Kurzbericht ist eingereicht");
		// then
		assertThat(pageText()).contains("Eingereicht am");
		assertThat(driver.findElements(By.cssSelector("button[value=submit]"))).isEmpty();
		assertAccessible();
		signOut();
	}
}
