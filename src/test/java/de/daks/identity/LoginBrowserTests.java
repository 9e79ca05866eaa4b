package de.daks.identity;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class LoginBrowserTests extends BrowserTestSupport {

	@Test
	void theSignInPageIsGermanAndAccessible() {
		// when
		open("/login");
		// then
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Anmelden");
		assertAccessible();
	}

	@Test
	void aWrongPasswordIsReportedOnTheForm() {
		// when
		signIn("nobody@test.invalid", "wrong-password");
		// then
		assertThat(driver.getCurrentUrl()).contains("/login?error");
		assertThat(pageText()).contains("E-Mail-Adresse oder Passwort ist falsch.");
		assertAccessible();
	}
}
