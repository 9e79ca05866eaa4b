package de.daks.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.statistics.parse.StatisticsData;
import de.daks.territory.KommuneManagement;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The browser import with JavaScript switched off: plain forms, redirects and the refresh link of the progress. */
class StatisticsWithoutJavaScriptBrowserTests extends BrowserTestSupport {

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Override
	protected boolean javaScriptEnabled() {
		return false;
	}

	@Test
	void aRegisterExtractIsImportedWithoutJavaScript() throws Exception {
		// given the coordinator of Konstanz and the real register extract of 2022
		StatisticsBrowserTests.Coordinator coordinator = StatisticsBrowserTests.coordinator(kommunen, users,
				"Ohne-JS-Statistik", "083350043043");
		KommuneId kommune = coordinator.kommune();
		signIn(coordinator.email(), StatisticsBrowserTests.PASSWORD);
		Path file = StatisticsBrowserTests.fresh(jdbc,
				StatisticsData.KONSTANZ_PYRAMIDS.resolve("pyramide_2022.csv"));
		// when it is uploaded, its warning accepted and the import started
		open("/kommunen/" + kommune + "/statistik/import");
		assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return typeof window.htmx"))
			.as("the page's scripts (htmx) did not run").isEqualTo("undefined");
		driver.findElement(By.id("file")).sendKeys(file.toString());
		clickAndWaitFor(By.cssSelector("form[action$='/statistik/import'] button[type=submit]"), "/statistik/import/");
		assertThat(driver.findElement(By.id("warnings")).getText()).contains("Gebiet angenommen");
		driver.findElement(By.id("acceptWarnings")).click();
		clickAndWaitFor(By.id("start-import"), "/import/auftraege/");
		// then the refresh link shows the progress until the result is there
		for (int i = 0; i < 600 && driver.findElements(By.id("import-result")).isEmpty(); i++) {
			driver.findElement(By.linkText("Stand aktualisieren")).click();
		}
		assertThat(driver.findElement(By.id("import-result")).getText()).contains("Werte importiert");
		clickAndWaitFor(By.id("dataset-link"), "/statistik/datensaetze/");
		assertThat(driver.findElement(By.id("row-count")).getText()).isEqualTo("318");
	}
}
