package de.daks.territory;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class TerritoryBrowserTests extends BrowserTestSupport {

	@Autowired
	TerritoryManagement territory;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@BeforeAll
	void territory() {
		territory.importGemeindeverzeichnis(TerritoryData.require(TerritoryData.GV100AD));
		territory.importBoundaries(TerritoryData.require(TerritoryData.LAENDER));
		territory.importBoundaries(TerritoryData.require(TerritoryData.KREISE));
	}

	@Test
	void searchesAndOpensAnAreaWithItsMap() {
		// when
		open("/gebiete");
		assertAccessible();
		driver.findElement(By.id("q")).sendKeys("Düren");
		driver.findElement(By.cssSelector("form[role=search] button[type=submit]")).click();
		waitForUrl("q=");
		// then
		assertThat(pageText()).contains("Düren, Stadt");
		assertAccessible();
		// when
		driver.findElement(By.linkText("Düren")).click();
		waitForUrl("/gebiete/05358");
		// then
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Düren");
		assertThat(driver.findElements(By.cssSelector(".map svg path.area"))).isNotEmpty();
		assertAccessible();
		// the Land page shows its Kreise on the map, each a link
		open("/gebiete/05");
		assertThat(driver.findElements(By.cssSelector(".map svg a"))).hasSizeGreaterThan(20);
		assertAccessible();
	}

	@Test
	void aCoordinatorSeesTheTerritoryAndTheQuarterForm() {
		// given
		KommuneId kommune = kommunen.create(new NewKommune("Kreis Düren " + UUID.randomUUID(), KommuneKind.LANDKREIS,
				List.of("05358"), "05", 280_726L, "2023-12-31", null, false));
		String email = "koordination-" + UUID.randomUUID() + "@test.invalid";
		UserId user = users.createUser(email, "Koordination Düren", "geheim-Passwort-1", null);
		users.addMembership(user, kommune, KommuneRole.KOORDINATION);
		signIn(email, "geheim-Passwort-1");
		// when
		open("/kommunen/" + kommune + "/gebiet");
		// then
		assertThat(pageText()).contains("Gebiet von Kreis Düren");
		assertThat(driver.findElements(By.cssSelector(".map svg"))).isNotEmpty();
		assertAccessible();
		// when
		open("/kommunen/" + kommune + "/quartiere/neu");
		driver.findElement(By.id("name")).sendKeys("Nord");
		driver.findElement(By.id("key")).sendKeys("N1");
		driver.findElement(By.cssSelector("form.stacked-form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/quartiere"));
		// then
		assertThat(pageText()).contains("Das Quartier wurde angelegt.", "Nord");
		assertAccessible();
		signOut();
	}

	private void waitForUrl(String part) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}
}
