package de.daks.review;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.plan.Goal;
import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import de.daks.process.KickOffManagement;
import de.daks.process.ProcessActor;
import de.daks.process.ProcessFixtures;
import de.daks.process.StakeholderCategory;
import de.daks.process.StakeholderDetails;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Running a review in real Chromium: the coordinator starts it from step 5, enters the current value of a goal, the
 * reflection, a decision to stop a measure and a new one, applies them, fills the Verstetigung and reads the report;
 * axe-core on every page of the review, the survey page included.
 */
class ReviewBrowserTests extends BrowserTestSupport {

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Plans plans;

	@Autowired
	KickOffManagement kickOff;

	@Autowired
	Reviews reviews;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void runningAReview() {
		// given: a published plan with a manual goal and two measures, a coordinator, a stakeholder
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune("Browserbilanz");
		String email = "review-browser-" + ProcessFixtures.random() + "@test.invalid";
		String password = "Sehr-geheim-" + ProcessFixtures.random();
		UserId coordinator = users.createUser(email, "Clara Koordination", password, null);
		users.addMembership(coordinator, kommune, KommuneRole.KOORDINATION);
		LocalDate today = plans.today();
		long field = plans.addField(kommune, "Mobilität im Alter");
		plans.addGoal(kommune, new Goal(0, field, "Mehr Mitfahrten", false, null, "Mitfahrten pro Monat", "Fahrten",
				new BigDecimal("20"), new BigDecimal("100"), today.plusYears(2)));
		long bench = plans.addMeasure(kommune, new Measure(0, field, "Mitfahrbänke", null, "Ordnungsamt", null, null,
				Set.of(TargetGroup.SENIORS), today.minusDays(200), today.plusDays(100), new BigDecimal("4800"), null,
				MeasureStatus.PLANNED, null, 0, null));
		plans.addMeasure(kommune, new Measure(0, field, "Rufbus am Wochenende", null, "Kreisverkehr", null, null,
				Set.of(TargetGroup.ALL), today.plusDays(30), today.plusDays(300), new BigDecimal("20000"), null,
				MeasureStatus.PLANNED, null, 0, null));
		plans.reportProgress(kommune, bench, 60, "Zwölf Bänke stehen.", "Clara Koordination");
		plans.publish(kommune, today.minusDays(365), "Ratsbeschluss 2026/003", "Clara Koordination");
		kickOff.addStakeholder(kommune, new StakeholderDetails("Seniorenbeirat", "Anna Albers", null,
				"anna-" + ProcessFixtures.random() + "@test.invalid", null, StakeholderCategory.VERBAENDE_VEREINE, true,
				true), ProcessActor.system());

		// when: the coordinator goes from step 5 to the review and starts it
		signIn(email, password);
		open("/kommunen/" + kommune + "/schritte/zwischenbilanz");
		driver.findElement(By.cssSelector("a[href$='/kommunen/" + kommune + "/zwischenbilanz']")).click();
		waitForText("Zwischenbilanz beginnen");
		assertAccessible();
		driver.findElement(By.cssSelector("form[action$='/zwischenbilanz'] button")).click();
		waitForText("Die Zwischenbilanz ist begonnen.");
		assertAccessible();
		String review = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");

		// a current value of the goal
		driver.findElement(By.linkText("Ziele")).click();
		waitForText("Erfasste Werte");
		driver.findElement(By.cssSelector("input[name=value]")).sendKeys("60");
		driver.findElement(By.cssSelector("input[name=note]")).sendKeys("Zählung Bürgerbüro");
		driver.findElement(By.cssSelector("form[action$='/werte'] button")).click();
		waitForText("Der Wert ist erfasst.");
		assertThat(pageText()).contains("60 Fahrten", "Zählung Bürgerbüro", "auf Kurs");
		assertThat(driver.findElements(By.cssSelector("svg.review-goal-chart[role=img]"))).hasSize(1);
		assertAccessible();

		// measures planned against actual
		open(review + "/massnahmen");
		waitForText("Plan und Ist");
		assertThat(pageText()).contains("Mitfahrbänke", "Rufbus am Wochenende", "4.800,00 €");
		assertAccessible();

		// reflection
		open(review + "/reflexion");
		driver.findElement(By.id("helped-NETWORKING")).sendKeys("Der Seniorenbeirat trägt mit.");
		new Select(driver.findElement(By.id("helpedRating-NETWORKING"))).selectByValue("4");
		driver.findElement(By.cssSelector("form[action$='/reflexion'] button[type=submit]")).click();
		waitForText("Die Reflexion ist gespeichert.");
		assertAccessible();

		// survey page (the invitation itself is tested with GreenMail)
		open(review + "/umfrage");
		waitForText("Akteure einladen");
		assertAccessible();

		// decisions: stop the bus, add a measure, apply
		open(review + "/entscheidungen");
		waitForText("Je Maßnahme entscheiden");
		assertAccessible();
		String busKey = driver.findElements(By.cssSelector("details.review-entry")).get(1).getDomAttribute("id")
			.replace("entscheidung-", "");
		driver.findElement(By.cssSelector("#entscheidung-" + busKey + " summary")).click();
		driver.findElement(By.id("kind-" + busKey + "-STOP")).click();
		driver.findElement(By.id("reason-" + busKey)).sendKeys("Kein Anbieter gefunden");
		driver.findElement(By.cssSelector("form[action$='/entscheidungen/" + busKey + "'] button")).click();
		waitForText("Die Entscheidung ist gespeichert.");
		driver.findElement(By.id("new-title")).sendKeys("Bürgerbus mit Ehrenamtlichen");
		driver.findElement(By.cssSelector("form[action$='/entscheidungen/neu'] button")).click();
		waitForText("Die neue Maßnahme ist vorgemerkt.");
		driver.findElement(By.cssSelector("form[action$='/entscheidungen/anwenden'] button")).click();
		waitForText("Die Entscheidungen sind in den Entwurf des Werkstattplans übernommen.");
		assertThat(pageText()).contains("beenden", "Kein Anbieter gefunden", "Bürgerbus mit Ehrenamtlichen");
		assertAccessible();

		// Verstetigung
		open(review + "/verstetigung");
		setDate("nextReview", today.plusYears(2).toString());
		driver.findElement(By.cssSelector("input[id^=cont-M]")).click();
		driver.findElement(By.cssSelector("input[id^=carrier-M]")).sendKeys("Seniorenbeirat");
		driver.findElement(By.cssSelector("form[action$='/verstetigung'] button[type=submit]")).click();
		waitForText("Die Verstetigung ist gespeichert.");
		assertAccessible();

		// then: the report page
		open(review + "/bericht");
		waitForText("Zwischenbilanz zu Version 1 des Werkstattplans");
		assertThat(pageText()).contains("Mehr Mitfahrten", "Der Seniorenbeirat trägt mit.", "Kein Anbieter gefunden",
				"Bürgerbus mit Ehrenamtlichen", "Seniorenbeirat");
		assertAccessible();
		open(review);
		waitForText("Arbeitsschritte");
		assertAccessible();
		// and the plan draft carries the decisions
		assertThat(plans.draft(kommune).measures()).extracting(Measure::title).contains("Bürgerbus mit Ehrenamtlichen");
	}

	@Test
	void aStakeholderAnswersTheSurveyWithoutAnAccount() {
		// given: a review and an invitation whose token we know (the mail itself is tested with GreenMail)
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune("Umfragebilanz");
		long field = plans.addField(kommune, "Teilhabe");
		plans.addGoal(kommune, new Goal(0, field, "Mehr Teilhabe", false, null, "Besuche", null, BigDecimal.ONE,
				BigDecimal.TEN, plans.today().plusYears(1)));
		plans.publish(kommune, plans.today(), "Beschluss 1", "Test");
		long review = reviews.start(kommune, 1, "Test");
		String token = "browser-" + ProcessFixtures.random() + ProcessFixtures.random();
		jdbc.sql("""
				insert into review_survey_invite (review_id, stakeholder_id, name, email, token_hash, sent_at,
				    expires_at, mail_sent, answered)
				values (:r, :s, 'Anna Albers', 'anna@test.invalid', :h, :at, :x, true, false)""")
			.param("r", review).param("s", java.util.UUID.randomUUID()).param("h", Reviews.hash(token))
			.param("at", java.sql.Timestamp.from(java.time.Instant.now()))
			.param("x", java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600))).update();

		// when: the stakeholder opens the personal link, signed out, and answers
		signOut();
		open("/zwischenbilanz/umfrage/" + token);
		waitForText("Ihre Einschätzung");
		assertAccessible();
		driver.findElement(By.id("hindered-STAFF_CAPACITY")).sendKeys("Zu wenig Zeit im Ehrenamt.");
		new Select(driver.findElement(By.id("hinderedRating-STAFF_CAPACITY"))).selectByValue("4");
		driver.findElement(By.cssSelector("form[action*='/zwischenbilanz/umfrage/'] button[type=submit]")).click();

		// then: thanks, and the link is used up
		waitForText("Vielen Dank!");
		assertAccessible();
		open("/zwischenbilanz/umfrage/" + token);
		waitForText("Dieser Link gilt nicht");
		assertAccessible();
		assertThat(reviews.surveyAggregate(reviews.review(kommune, review)).answered()).isEqualTo(1);
	}

	/** Waits until the page after a form post shows the text (the old page may still be there for a moment). */

	private void setDate(String id, String iso) {
		((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				iso);
	}
}
