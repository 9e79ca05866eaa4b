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
	void theSynopseShowsEveryTableNextToTheMapAndStaysAccessible() {
		// given
		signIn("ministerium@daks.example", "DAKS-Demo-2026!");
		open("/programme");
		clickAndWaitFor(By.linkText("Zukunftswerkstatt Kommunen – Attraktiv im Wandel"), "/programme/");
		// when / then: each table by its link, with the map below and the filter kept
		for (String[] table : new String[][] { { "Themen und Handlungsfelder", "table=THEMES", "Themen der Handlungsfelder" },
				{ "Zielgruppen", "table=TARGET_GROUPS", "Maßnahmen der Werkstattpläne nach Zielgruppen" },
				{ "Förderung", "table=FUNDING", "Fördermittel" }, { "Kennzahlen", "table=INDICATORS", "Kennzahlen der Kommunen" },
				{ "Schritte", "table=STEPS", "Kick-Off" } }) {
			clickAndWaitFor(By.linkText(table[0]), table[1]);
			assertThat(pageText()).contains(table[2]);
			assertThat(driver.findElement(By.cssSelector("nav.tabs a[aria-current=page]")).getText()).isEqualTo(table[0]);
			assertThat(driver.findElements(By.cssSelector(".map svg circle.marker"))).hasSize(3);
			assertAccessible();
		}
		// the table choice survives filtering
		clickAndWaitFor(By.linkText("Kennzahlen"), "table=INDICATORS");
		new Select(driver.findElement(By.id("land"))).selectByVisibleText("Nordrhein-Westfalen");
		clickAndWaitFor(By.cssSelector("form.filters button[type=submit]"), "land=05");
		assertThat(driver.getCurrentUrl()).contains("table=INDICATORS");
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
