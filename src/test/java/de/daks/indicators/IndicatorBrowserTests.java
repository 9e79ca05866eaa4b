package de.daks.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

class IndicatorBrowserTests extends BrowserTestSupport {

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Test
	void theCatalogueIsAccessibleAndLinksEveryDefinition() {
		// when
		open("/indikatoren");
		// then
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Indikatorenkatalog");
		assertThat(driver.findElements(By.cssSelector("tr[id^=indikator-]"))).hasSizeGreaterThan(40);
		assertThat(driver.findElement(By.id("indikator-old_age_ratio")).getText()).contains("P(65+) / P(20–64) × 100");
		assertAccessible();
	}

	@Test
	void aKommuneSeesItsIndicatorPage() {
		// given a Kommune linked to an area and its coordinator
		KommuneId kommune = kommunen.create(new NewKommune("Indikatorstadt " + UUID.randomUUID(),
				KommuneKind.STADT, List.of("083350043043"), "08", null, null, null, false));
		String email = "indikatoren-" + UUID.randomUUID() + "@test.invalid";
		UserId user = users.createUser(email, "Koordination", "geheim-Passwort-1", null);
		users.addMembership(user, kommune, KommuneRole.KOORDINATION);
		signIn(email, "geheim-Passwort-1");
		// when
		open("/kommunen/" + kommune + "/indikatoren");
		// then
		assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Indikatoren: Indikatorstadt");
		assertAccessible();
	}
}
