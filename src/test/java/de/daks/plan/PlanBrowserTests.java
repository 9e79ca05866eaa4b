package de.daks.plan;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.Card;
import de.daks.workshop.CardOrigin;
import de.daks.workshop.NewWorkshop;
import de.daks.workshop.Phase;
import de.daks.workshop.Workshop;
import de.daks.workshop.WorkshopFormat;
import de.daks.workshop.Workshops;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Werkstattplan in real Chromium: a coordinator builds the plan from the proposals of a Zukunftswerkstatt,
 * completes a measure, publishes version 1, reports progress, publishes version 2 and compares the two; axe-core on
 * every page, the timeline included; the public accountability page without signing in.
 */
class PlanBrowserTests extends BrowserTestSupport {

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Workshops workshops;

	@Test
	void buildFromWorkshopPublishUpdateAndCompare() {
		// given: a handed-over workshop and a coordinator
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune("Browserplan");
		String email = "plan-browser-" + ProcessFixtures.random() + "@test.invalid";
		String password = "Sehr-geheim-" + ProcessFixtures.random();
		UserId coordinator = users.createUser(email, "Clara Koordination", password, null);
		users.addMembership(coordinator, kommune, KommuneRole.KOORDINATION);
		Workshop workshop = workshops.create(kommune, new NewWorkshop("Zukunft Browserplan",
				LocalDateTime.of(2027, 3, 1, 18, 0), "Bürgerhaus", false, WorkshopFormat.CLASSIC, null, null, Map.of()));
		Card card = workshops.postAsModerator(workshop, null, Phase.FANTASY, 0, "Mitfahrbänke in allen Ortsteilen",
				CardOrigin.PAPER);
		long cluster = workshops.addCluster(workshop, Phase.FANTASY, "Mobilität im Alter", List.of(card.id()));
		long field = workshops.proposeField(workshop, cluster, null, 1);
		workshops.proposeMeasure(workshop, field, card.id(), null, "Seniorenbeirat", null, null);
		workshops.handOver(workshop);
		String plan = "/kommunen/" + kommune + "/werkstattplan";

		// when: the coordinator adopts the proposal
		signIn(email, password);
		open(plan);
		assertAccessible();
		driver.findElement(By.linkText("1 Vorschläge der Zukunftswerkstatt warten auf Übernahme.")).click();
		waitForText("„Mobilität im Alter“ übernehmen");
		assertAccessible();
		driver.findElement(By.xpath("//button[text()='„Mobilität im Alter“ übernehmen']")).click();
		waitForText("Der Vorschlag ist in den Entwurf übernommen.");
		// the measure: responsible person, dates, budget
		open(plan);
		assertThat(pageText()).contains("Mobilität im Alter", "Mitfahrbänke in allen Ortsteilen");
		// the overview with the edit forms of the field and the reminder settings
		driver.findElement(By.xpath("//summary[text()='„Mobilität im Alter“ umbenennen oder löschen']")).click();
		assertAccessible();
		driver.findElement(By.linkText("Mitfahrbänke in allen Ortsteilen")).click();
		waitForText("Karte " + card.id());
		assertAccessible();
		assertThat(pageText()).contains("Zukunft Browserplan", "Karte " + card.id());
		replace("responsiblePerson", "Clara Koordination");
		setDate("start", "2026-01-01");
		setDate("end", "2027-12-31");
		replace("budget", "4.800,00");
		driver.findElement(By.id("targetGroups1")).click();
		driver.findElement(By.cssSelector("form[action$='/massnahmen/" + measureId() + "'] button[type=submit]"))
			.click();
		waitForText("Die Maßnahme ist gespeichert.");
		assertThat(pageText()).contains("Die Maßnahme ist gespeichert.", "4.800,00 €", "01.01.2026");
		// a milestone
		driver.findElement(By.id("ms-title")).sendKeys("Standorte festlegen");
		setDate("ms-due", "2026-06-30");
		driver.findElement(By.cssSelector("form[action$='/meilensteine'] button")).click();
		waitForText("Der Meilenstein ist angelegt.");

		// publish version 1
		open(plan + "/versionen");
		assertAccessible();
		setDate("decidedOn", "2026-01-20");
		driver.findElement(By.id("decisionRef")).sendKeys("Ratsbeschluss 2026/003");
		driver.findElement(By.cssSelector("form[action$='/versionen'][method=post] button")).click();
		waitForText("Die Version ist veröffentlicht.");
		assertThat(pageText()).contains("Die Version ist veröffentlicht.", "Ratsbeschluss 2026/003");

		// report progress on the measure
		open(plan + "/massnahmen/" + measureIdFromPlan(plan));
		WebElement progress = driver.findElement(By.id("progress"));
		progress.clear();
		progress.sendKeys("60");
		driver.findElement(By.id("update-text")).sendKeys("Zwölf Bänke stehen, drei fehlen noch.");
		driver.findElement(By.id("photo-1")).sendKeys(photo().toString());
		driver.findElement(By.id("alt-1")).sendKeys("Eine neue Mitfahrbank am Marktplatz");
		driver.findElement(By.cssSelector("form[action$='/fortschritt'] button")).click();
		waitForText("Der Fortschritt ist gemeldet.");
		assertThat(pageText()).contains("Der Fortschritt ist gemeldet.", "Zwölf Bänke stehen", "in Umsetzung");
		assertThat(driver.findElements(By.cssSelector("ul.plan-photos img[alt='Eine neue Mitfahrbank am Marktplatz']")))
			.hasSize(1);
		assertAccessible();

		// views: table, timeline (SVG and table), board, my tasks
		open(plan + "/tabelle");
		assertAccessible();
		new Select(driver.findElement(By.id("f-status"))).selectByVisibleText("in Umsetzung");
		driver.findElement(By.cssSelector("form.plan-filters button")).click();
		waitForText("1 von 1 Maßnahmen");
		open(plan + "/zeitplan");
		assertAccessible();
		assertThat(driver.findElements(By.cssSelector("svg.plan-gantt rect.bar"))).hasSize(1);
		assertThat(driver.findElements(By.cssSelector("svg.plan-gantt line.today"))).hasSize(1);
		assertThat(pageText()).contains("Zeitplan als Tabelle", "Standorte festlegen");
		open(plan + "/statustafel");
		assertAccessible();
		open(plan + "/meine-aufgaben");
		assertAccessible();
		assertThat(pageText()).contains("Mitfahrbänke in allen Ortsteilen");

		// version 2 and the comparison
		open(plan + "/versionen");
		setDate("decidedOn", "2026-09-15");
		driver.findElement(By.id("decisionRef")).sendKeys("Ratsbeschluss 2026/044");
		driver.findElement(By.cssSelector("form[action$='/versionen'][method=post] button")).click();
		waitForText("Ratsbeschluss 2026/044");
		new Select(driver.findElement(By.id("cmp-from"))).selectByVisibleText("Version 1");
		new Select(driver.findElement(By.id("cmp-to"))).selectByVisibleText("Version 2");
		driver.findElement(By.cssSelector("form.plan-filters button")).click();
		waitForText("Unterschiede von Version 1 zu Version 2");
		assertThat(pageText()).contains("Unterschiede von Version 1 zu Version 2", "geändert", "Fortschritt");
		assertAccessible();
		open(plan + "/versionen/1");
		assertAccessible();

		// import of measures: a bad file names its cells, a good one is checked and then imported
		open(plan + "/import");
		assertAccessible();
		driver.findElement(By.id("file")).sendKeys(csv("Handlungsfeld;Titel;Beginn\nGibt es nicht;;13.13.2027\n")
			.toString());
		driver.findElement(By.cssSelector("button[value=check]")).click();
		waitForText("Es wurde nichts gespeichert");
		assertThat(pageText()).contains("A (Handlungsfeld)", "B (Titel)", "C (Beginn)");
		assertAccessible();
		java.nio.file.Path good = csv("Handlungsfeld;Titel;Beginn;Ende\nMobilität im Alter;Rufbus;01.03.2027;31.12.2027\n");
		driver.findElement(By.id("file")).sendKeys(good.toString());
		driver.findElement(By.cssSelector("button[value=check]")).click();
		waitForText("1 Maßnahmen können importiert werden");
		assertAccessible();
		driver.findElement(By.id("file")).sendKeys(good.toString());
		driver.findElement(By.cssSelector("button[value=import]")).click();
		waitForText("1 Maßnahmen sind importiert.");
		assertThat(pageText()).contains("Rufbus", "01.03.2027");

		// then: the public page, signed out
		signOut();
		open("/werkstattplaene/" + kommune);
		assertAccessible();
		assertThat(pageText()).contains("Mobilität im Alter", "60 %", "Zwölf Bänke stehen",
				"Was aus den Ideen der Zukunftswerkstatt wurde", "Ratsbeschluss 2026/044")
			.doesNotContain("Clara Koordination");
		WebElement publicPhoto = driver
			.findElement(By.cssSelector("ul.plan-photos img[alt='Eine neue Mitfahrbank am Marktplatz']"));
		assertThat(publicPhoto.getAttribute("src")).contains("/werkstattplaene/" + kommune + "/fotos/");
		assertThat((Boolean) ((JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", publicPhoto)).isTrue();
	}

	/** A small PNG on disk for the file input. */
	private static java.nio.file.Path photo() {
		try {
			java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 80,
					java.awt.image.BufferedImage.TYPE_INT_RGB);
			image.getGraphics().fillRect(10, 10, 50, 30);
			java.nio.file.Path file = java.nio.file.Files.createTempFile("bank", ".png");
			javax.imageio.ImageIO.write(image, "png", file.toFile());
			file.toFile().deleteOnExit();
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A CSV file (UTF-8) on disk for the file input. */
	private static java.nio.file.Path csv(String content) {
		try {
			java.nio.file.Path file = java.nio.file.Files.createTempFile("massnahmen", ".csv");
			java.nio.file.Files.writeString(file, content);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Waits until the page after a form post shows the text (the old page may still be there for a moment). */

	private long measureId() {
		String url = driver.getCurrentUrl();
		String tail = url.substring(url.indexOf("/massnahmen/") + "/massnahmen/".length());
		return Long.parseLong(tail.replaceAll("[^0-9].*$", ""));
	}

	private long measureIdFromPlan(String plan) {
		open(plan);
		driver.findElement(By.linkText("Mitfahrbänke in allen Ortsteilen")).click();
		return measureId();
	}

	private void replace(String id, String text) {
		WebElement input = driver.findElement(By.id(id));
		input.clear();
		input.sendKeys(text);
	}

	/** Date inputs take their value most reliably through the DOM (the keyboard order depends on the locale). */
	private void setDate(String id, String iso) {
		((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
				iso);
	}
}
