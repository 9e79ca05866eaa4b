package de.daks.identity;

import static de.daks.identity.IdentityTestData.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class IdentityBrowserTests extends BrowserTestSupport {

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	private void submit(String action) {
		driver.findElement(By.cssSelector("form[action$='" + action + "'] button[type=submit]")).click();
	}

	/** A click on submit returns before the next page is there: wait for its address or its text. */
	private void waitForUrlEnding(String end) {
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.urlMatches(Pattern.quote(end) + "$"));
	}

	@Test
	void theGeschaeftsstelleSetsUpTheSecondFactorThenUsesAccountAndAdministration() {
		// given
		String email = IdentityTestData.uniqueEmail("browser-gs");
		UserId id = users.createUser(email, "Bruno Browser", PASSWORD, GlobalRole.GESCHAEFTSSTELLE);
		KommuneId kommune = kommunen.create(new NewKommune("Browserdorf " + System.nanoTime(), KommuneKind.GEMEINDE,
				List.of(), null, null, null, null, true));
		users.addMembership(id, kommune, KommuneRole.KOORDINATION);

		// when: password, then the enrolment page with secret and QR code
		signIn(email, PASSWORD);
		waitForUrlEnding("/login/totp/einrichten");
		assertThat(driver.findElement(By.cssSelector("svg[role=img] title")).getAttribute("textContent"))
			.isEqualTo("QR-Code zum Einrichten der Authenticator-App");
		assertAccessible();
		String secret = driver.findElement(By.id("totp-secret")).getText();
		driver.findElement(By.id("code")).sendKeys(IdentityTestData.code(secret, Instant.now()));
		submit("/login/totp/einrichten");

		// then: signed in
		waitForUrlEnding(":" + port + "/");
		open("/account");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mein Konto");
		assertThat(pageText()).contains(email).contains("Koordination")
			.contains("Die Anmeldung mit zweitem Faktor ist eingeschaltet.");
		assertAccessible();

		open("/admin/users?q=" + email);
		assertThat(pageText()).contains("Bruno Browser").contains("eingerichtet");
		assertAccessible();
		driver.findElement(By.cssSelector("table a[href*='/admin/users/" + id + "']")).click();
		waitForUrlEnding("/admin/users/" + id);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bruno Browser");
		assertAccessible();
		open("/admin/users/neu");
		assertAccessible();
		open("/admin/audit");
		assertThat(pageText()).contains("identity.totp.enabled");
		assertAccessible();
		open("/kommunen/" + kommune + "/team");
		assertThat(pageText()).contains("Bruno Browser");
		assertAccessible();

		// when: signing in again, the code page comes after the password
		signOut();
		signIn(email, PASSWORD);
		waitForUrlEnding("/login/totp");
		assertAccessible();
		driver.findElement(By.id("code")).sendKeys("000000");
		submit("/login/totp");
		waitForText("Der Code ist falsch");
		assertAccessible();
		// a code one step ahead: the current one was used for the enrolment
		driver.findElement(By.id("code")).clear();
		driver.findElement(By.id("code")).sendKeys(IdentityTestData.code(secret, Instant.now().plusSeconds(30)));
		submit("/login/totp");
		waitForUrlEnding(":" + port + "/");
		signOut();
	}

	@Test
	void theForgottenPasswordPagesAreAccessible() {
		// when
		open("/login");
		driver.findElement(By.linkText("Passwort vergessen?")).click();
		// then
		waitForUrlEnding("/passwort-vergessen");
		assertAccessible();
		driver.findElement(By.id("email")).sendKeys("kein-at");
		submit("/passwort-vergessen");
		waitForText("gültige E-Mail-Adresse");
		assertAccessible();
		open("/passwort-zuruecksetzen?token=erfunden");
		assertThat(pageText()).contains("Link ungültig");
		assertAccessible();
	}
}
