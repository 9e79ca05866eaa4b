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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The projection pages in Chromium with axe-core: the form, a run's result (reached through htmx) and the backtest. */
class ProjectionBrowserTests extends BrowserTestSupport {

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Autowired
	StatisticsImports imports;

	KommuneId kommune;

	String email;

	static final String PASSWORD = "Prognose-Passwort-1";

	@BeforeAll
	void data() {
		KonstanzProjectionData.assumeAvailable();
		kommune = KonstanzProjectionData.kommune(kommunen, "Konstanz Browser");
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"cli:test", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
		try {
			KonstanzProjectionData.importInto(imports, kommune, 2010, 2020);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		email = "prognose-browser-" + UUID.randomUUID() + "@test.invalid";
		UserId user = users.createUser(email, "Koordination", PASSWORD, null);
		users.addMembership(user, kommune, KommuneRole.KOORDINATION);
	}

	@Test
	void theFormTheResultAndTheBacktestAreAccessible() {
		signIn(email, PASSWORD);
		// the form with the derived assumptions
		open("/kommunen/" + kommune + "/prognose/neu");
		assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Neue Prognose: Konstanz Browser");
		assertThat(pageText()).contains("Abgeleitete Annahmen (Basiszeitraum 2015–2020)");
		assertAccessible();
		// a wrong entry is named at its field
		driver.findElement(By.id("horizon")).clear();
		driver.findElement(By.id("horizon")).sendKeys("10");
		driver.findElement(By.id("tfr")).clear();
		driver.findElement(By.id("tfr")).sendKeys("viele");
		driver.findElement(By.id("start")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.id("error-summary")).size() == 1);
		assertThat(driver.findElement(By.id("tfr-error")).getText()).contains("„viele“ ist keine Zahl");
		assertAccessible();
		// started with valid entries, the page follows the job (htmx) until the result is shown
		driver.findElement(By.id("tfr")).clear();
		driver.findElement(By.id("tfr")).sendKeys("1,5");
		driver.findElement(By.id("start")).click();
		new WebDriverWait(driver, Duration.ofSeconds(120)).ignoring(StaleElementReferenceException.class)
			.until(d -> !d.findElements(By.id("summary")).isEmpty());
		assertThat(pageText()).contains("Bevölkerung insgesamt mit 80-%-Intervall").contains("Altenquotient");
		assertAccessible();
		// the backtest
		open("/kommunen/" + kommune + "/prognose/rueckblick?basisjahr=2015&horizont=5&historie=5");
		assertThat(pageText()).contains("Prognose 2015 im Vergleich mit dem Bestand 2020");
		assertAccessible();
	}
}
