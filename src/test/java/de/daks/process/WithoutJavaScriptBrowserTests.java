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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The same work as {@link ProcessBrowserTests} in a Chromium with JavaScript switched off: sign-in, ticking a
 * checklist item and adding a stakeholder must work with plain forms and redirects.
 */
class WithoutJavaScriptBrowserTests extends BrowserTestSupport {

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	ProcessManagement processes;

	@Autowired
	KickOffManagement kickOff;

	@Override
	protected boolean javaScriptEnabled() {
		return false;
	}

	@Test
	void aCoordinatorTicksAChecklistItemAndAddsAStakeholderWithoutJavaScript() {
		// given
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune("Ohne-JS-Stadt");
		String email = "nojs-" + ProcessFixtures.random() + "@test.invalid";
		String password = "Sehr-geheim-" + ProcessFixtures.random();
		UserId coordinator = users.createUser(email, "Nora Nojs", password, null);
		users.addMembership(coordinator, kommune, KommuneRole.KOORDINATION);
		ChecklistItem first = processes.checklist(kommune, Step.KICK_OFF, Locale.GERMAN).get(0);

		// when: sign in and tick the first item of the Kick-Off checklist
		signIn(email, password);
		open("/kommunen/" + kommune + "/schritte/kick-off");
		assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return typeof window.htmx"))
			.as("the page's scripts (htmx) did not run").isEqualTo("undefined");
		driver.findElement(By.cssSelector("#item-" + first.id() + " button")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.id("item-" + first.id())).getText().contains("Erledigt"));

		// then
		assertThat(processes.checklistItem(kommune, first.id(), Locale.GERMAN).done()).isTrue();

		// when: add a stakeholder
		open("/kommunen/" + kommune + "/kick-off/akteure");
		driver.findElement(By.id("organisation")).sendKeys("Seniorenbeirat");
		driver.findElement(By.cssSelector("form[action$='/kick-off/akteure'] button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.tagName("body")).getText().contains("Der Akteur wurde hinzugefügt."));

		// then
		assertThat(kickOff.stakeholders(kommune)).extracting(s -> s.details().organisation())
			.containsExactly("Seniorenbeirat");
	}
}
