package de.daks.projection;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.statistics.StatisticsImports;
import de.daks.territory.KommuneManagement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A projection started with the keyboard alone in a Chromium without JavaScript; progress by the reload link. */
class ProjectionWithoutJavaScriptBrowserTests extends BrowserTestSupport {

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Autowired
	StatisticsImports imports;

	@Override
	protected boolean javaScriptEnabled() {
		return false;
	}

	@Test
	void aRunIsStartedWithTheKeyboardAloneAndItsResultReached() {
		// given
		KonstanzProjectionData.assumeAvailable();
		KommuneId kommune = KonstanzProjectionData.kommune(kommunen, "Konstanz Tastatur");
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"cli:test", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
		try {
			KonstanzProjectionData.importInto(imports, kommune, 2015, 2020);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		String email = "prognose-tastatur-" + UUID.randomUUID() + "@test.invalid";
		String password = "Tastatur-Passwort-1";
		UserId user = users.createUser(email, "Tastatur", password, null);
		users.addMembership(user, kommune, KommuneRole.KOORDINATION);
		signIn(email, password);

		// when: from the list, Tab to "Neue Prognose berechnen", Enter; on the form Tab to the horizon, type 10, Tab
		// on to the start button, Enter
		open("/kommunen/" + kommune + "/prognose");
		tabTo(By.linkText("Neue Prognose berechnen"));
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/prognose/neu"));
		tabTo(By.id("horizon"));
		new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("10").perform();
		tabTo(By.id("start"));
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.getCurrentUrl().matches(".*/prognose/[0-9a-f-]{36}$"));
		assertThat(pageText()).contains("Die Prognose wurde gestartet.");

		// then: following the reload link (with the keyboard) leads to the result
		new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> {
			if (!d.findElements(By.id("summary")).isEmpty()) {
				return true;
			}
			if (!d.findElements(By.linkText("Stand aktualisieren")).isEmpty()) {
				tabTo(By.linkText("Stand aktualisieren"));
				new Actions(d).sendKeys(Keys.ENTER).perform();
			}
			else {
				d.navigate().refresh();
			}
			return false;
		});
		assertThat(driver.findElement(By.id("summary")).getText()).startsWith("2020:").contains("2030:");
	}

	/** Presses Tab until the element has the focus (at most 200 times). */
	private void tabTo(By target) {
		WebElement element = driver.findElement(target);
		for (int i = 0; i < 200; i++) {
			if (element.equals(driver.switchTo().activeElement())) {
				return;
			}
			new Actions(driver).sendKeys(Keys.TAB).perform();
		}
		throw new AssertionError("not reachable with the Tab key: " + target);
	}
}
