package de.daks.programme;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

class ProgrammeBrowserTests extends BrowserTestSupport {

	@Test
	void theMinistrySeesTheSynopseAndFiltersItByLand() {
		// given
		signIn("ministerium@daks.example", "DAKS-Demo-2026!");
		// when
		open("/programme");
		assertAccessible();
		clickAndWaitFor(By.linkText("Zukunftswerkstatt Kommunen – Attraktiv im Wandel"), "/programme/");
		// then
		assertThat(rowNames()).contains("Stadt Bremerhaven", "Kreis Düren", "Landkreis Rostock");
		assertThat(pageText()).contains("Synthetische Beispieldaten").contains("280.726").contains("Zukunftswerkstatt");
		assertThat(driver.findElements(By.cssSelector(".map svg circle.marker"))).hasSize(3);
		assertAccessible();

		// when: only Nordrhein-Westfalen
		new Select(driver.findElement(By.id("land"))).selectByVisibleText("Nordrhein-Westfalen");
		clickAndWaitFor(By.cssSelector("form.filters button[type=submit]"), "land=05");
		// then
		assertThat(rowNames()).containsExactly("Kreis Düren");
		assertAccessible();
		signOut();
	}

	@Test
	void aKommuneCoordinatorIsRefusedTheProgrammeOverview() {
		// given
		signIn("koordination@dueren.daks.example", "DAKS-Demo-2026!");
		// when
		open("/programme");
		// then
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("403");
		assertAccessible();
		signOut();
	}

	private java.util.List<String> rowNames() {
		return driver.findElements(By.cssSelector("table tbody th a")).stream().map(WebElement::getText).toList();
	}
}
