package de.daks.toolbox;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

class ToolboxBrowserTests extends BrowserTestSupport {

	@Autowired
	Toolbox toolbox;

	@Test
	void aVisitorSearchesWithATypoAndFiltersByTheme() {
		// given
		open("/werkzeugkoffer");
		assertAccessible();
		// when
		driver.findElement(By.id("q")).sendKeys("Beteiligng");
		new Select(driver.findElement(By.id("theme"))).selectByVisibleText("Integration");
		clickAndWaitFor(By.cssSelector("form.filters button[type=submit]"), "q=Beteiligng");
		// then
		assertThat(titles()).first().isEqualTo("Aufsuchende Beteiligung vor Ort");
		assertThat(pageText()).contains("gefunden");
		assertAccessible();
		// when: an entry
		clickAndWaitFor(By.linkText("Aufsuchende Beteiligung vor Ort"), "/werkzeugkoffer/aufsuchende-beteiligung");
		// then
		assertThat(pageText()).contains("Welches Problem wird gelöst?").contains("Lizenz zur Nachnutzung")
			.contains("CC BY 4.0");
		assertAccessible();
	}

	@Test
	void aCoordinatorProposesAnEntryAndTheOfficeSeesItForReview() {
		// given
		String title = "Seniorenmittagstisch im Vereinsheim " + UUID.randomUUID().toString().substring(0, 6);
		signIn("koordination@rostock.daks.example", "DAKS-Demo-2026!");
		open("/werkzeugkoffer/vorschlagen");
		assertAccessible();
		// when: first without problem and themes
		new Select(driver.findElement(By.id("type"))).selectByVisibleText("Praxisbeispiel");
		driver.findElement(By.id("title")).sendKeys(title);
		driver.findElement(By.cssSelector("button.primary[type=submit]")).click();
		// then
		waitForText("Bitte geben Sie das Problem ein.");
		assertThat(pageText()).contains("Bitte geben Sie das Problem ein.")
			.contains("Bitte wählen Sie mindestens ein Thema.");
		assertAccessible();
		// when: complete
		driver.findElement(By.id("problem")).sendKeys("Ältere essen allein.");
		driver.findElement(By.id("description")).sendKeys("Einmal pro Woche kocht der Sportverein.");
		driver.findElement(By.id("origin")).sendKeys("Landkreis Rostock");
		check("themes", "BEGEGNUNG");
		check("processSteps", "WERKSTATTPLAN");
		check("sizes", "LANDGEMEINDE");
		check("targetGroups", "AELTERE");
		clickAndWaitFor(By.cssSelector("button.primary[type=submit]"), "/werkzeugkoffer/seniorenmittagstisch");
		// then
		assertThat(pageText()).contains("Ihr Vorschlag ist eingereicht").contains("noch nicht veröffentlicht");
		assertAccessible();
		assertThat(toolbox.proposals()).extracting(ToolboxEntry::title).contains(title);
		signOut();
	}

	private void check(String field, String value) {
		for (WebElement box : driver.findElements(By.cssSelector("input[type=checkbox][name=" + field + "]"))) {
			if (value.equals(box.getAttribute("value")) && !box.isSelected()) {
				box.click();
			}
		}
	}

	private java.util.List<String> titles() {
		return driver.findElements(By.cssSelector(".toolbox-results h2 a")).stream().map(WebElement::getText).toList();
	}

	/** Waits until the page (after a form post and redirect) shows the text. */
}
