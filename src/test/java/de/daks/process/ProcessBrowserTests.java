package de.daks.process;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class ProcessBrowserTests extends BrowserTestSupport {

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	ProcessManagement processes;

	@Autowired
	KickOffManagement kickOff;

	@Test
	void aCoordinatorWorksThroughTheKickOff() {
		// given
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune("Browserstadt");
		String email = "coordinator-" + ProcessFixtures.random() + "@test.invalid";
		String password = "Sehr-geheim-" + ProcessFixtures.random();
		UserId coordinator = users.createUser(email, "Carla Koordination", password, null);
		users.addMembership(coordinator, kommune, KommuneRole.KOORDINATION);
		ChecklistItem first = processes.checklist(kommune, Step.KICK_OFF, Locale.GERMAN).get(0);

		// when: sign in and see "Meine Kommunen"
		signIn(email, password);
		open("/");
		assertThat(pageText()).contains("Meine Kommunen", kommunen.get(kommune).name());
		assertAccessible();

		// the dashboard
		open("/kommunen/" + kommune);
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains(kommunen.get(kommune).name());
		assertThat(driver.findElement(By.id("progress-strip")).getText()).contains("Kick-Off", "Zwischenbilanz");
		assertAccessible();

		// the Kick-Off step: tick the first checklist item (htmx swaps it in place)
		clickAndWaitFor(By.linkText("Kick-Off"), "/schritte/kick-off");
		new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> "object"
			.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return typeof window.htmx")));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Schritt 1: Kick-Off");
		assertAccessible();
		driver.findElement(By.cssSelector("#item-" + first.id() + " button")).click();
		// htmx replaces the list item: the old element goes stale while it swaps
		new WebDriverWait(driver, Duration.ofSeconds(5))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(By.id("item-" + first.id()))
			.getText().contains("Erledigt"));
		assertAccessible();

		// then: it persisted
		driver.navigate().refresh();
		WebElement item = driver.findElement(By.id("item-" + first.id()));
		assertThat(item.getText()).contains("Erledigt", "Carla Koordination");
		assertThat(driver.findElement(By.id("checklist-progress")).getText()).startsWith("1 von");
		assertThat(processes.checklistItem(kommune, first.id(), Locale.GERMAN).done()).isTrue();

		// the stakeholder list: add one
		clickAndWaitFor(By.partialLinkText("Akteursliste"), "/kick-off/akteure");
		assertAccessible();
		driver.findElement(By.id("organisation")).sendKeys("Kreissportbund");
		driver.findElement(By.id("person")).sendKeys("Herr Brandt");
		driver.findElement(By.id("email")).sendKeys("brandt@sport.example");
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("category")))
			.selectByValue("VERBAENDE_VEREINE");
		driver.findElement(By.cssSelector("label[for^='invited']")).click();
		driver.findElement(By.cssSelector("form[action$='/kick-off/akteure'] button[type=submit]")).click();
		// the redirect lands on the same address: wait for the confirmation of the new page
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.tagName("body")).getText().contains("Der Akteur wurde hinzugefügt."));
		assertThat(driver.findElement(By.id("stakeholders")).getText())
			.contains("Kreissportbund", "Herr Brandt", "Verbände und Vereine");
		assertThat(pageText()).contains("Der Akteur wurde hinzugefügt.");
		assertAccessible();
		assertThat(kickOff.stakeholders(kommune)).singleElement()
			.satisfies(s -> assertThat(s.details().invited()).isTrue());

		// a form error is shown next to the field, accessibly
		driver.findElement(By.cssSelector("form[action$='/kick-off/akteure'] button[type=submit]")).click();
		assertThat(driver.findElement(By.id("organisation-error")).getText())
			.isEqualTo("Bitte geben Sie die Organisation an.");
		assertAccessible();

		// the edit page of the new stakeholder
		open("/kommunen/" + kommune + "/kick-off/akteure/" + kickOff.stakeholders(kommune).get(0).id());
		assertThat(driver.findElement(By.id("organisation")).getAttribute("value")).isEqualTo("Kreissportbund");
		assertAccessible();

		// the protocol page
		open("/kommunen/" + kommune + "/kick-off/protokoll");
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Tagesordnung");
		assertAccessible();
		signOut();
	}
}
