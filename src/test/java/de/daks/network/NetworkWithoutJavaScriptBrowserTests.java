package de.daks.network;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The public pages of the Werkzeugkoffer, the events and the newsletter in a Chromium without JavaScript. */
class NetworkWithoutJavaScriptBrowserTests extends BrowserTestSupport {

	@Override
	protected boolean javaScriptEnabled() {
		return false;
	}

	@Test
	void searchFiltersEventsAndSubscriptionWorkWithPlainForms() {
		// when: a search with filters
		open("/werkzeugkoffer");
		driver.findElement(By.id("q")).sendKeys("Förderprogramme");
		new Select(driver.findElement(By.id("step"))).selectByVisibleText("Werkstattplan");
		clickAndWaitFor(By.cssSelector("form.filters button[type=submit]"), "step=werkstattplan");
		// then
		assertThat(pageText()).contains("Fördermittel finden und kombinieren");
		// when: the events and one of them with its calendar link
		open("/veranstaltungen");
		clickAndWaitFor(By.linkText("Jahreskonferenz Demografie"), "/veranstaltungen/");
		// then
		assertThat(pageText()).contains("Konferenz").contains("Zum Anmelden bitte einloggen");
		assertThat(driver.findElement(By.partialLinkText("iCalendar")).getAttribute("href")).endsWith(".ics");
		// when: subscribing to the newsletter without an address
		open("/newsletter");
		driver.findElement(By.cssSelector("button.primary[type=submit]")).click();
		// then
		assertThat(pageText()).contains("Bitte geben Sie eine gültige E-Mail-Adresse an");
	}
}
