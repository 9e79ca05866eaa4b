package de.daks.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.statistics.parse.StatisticsData;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Kommune imports its quarter table through the browser: upload, confirm the mapping, accept the warnings, follow
 * the progress (htmx), see the dataset – axe-core on every page.
 */
class StatisticsBrowserTests extends BrowserTestSupport {

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	static final String PASSWORD = "geheim-Passwort-1";

	/** A Kommune with the given area and its coordinator (e-mail; password {@link #PASSWORD}). */
	record Coordinator(KommuneId kommune, String email) {
	}

	static Coordinator coordinator(KommuneManagement kommunen, UserManagement users, String name, String areaKey) {
		KommuneId kommune = kommunen.create(new NewKommune(name + " " + UUID.randomUUID(), KommuneKind.STADT,
				List.of(areaKey), areaKey.substring(0, 2), null, null, null, false));
		String email = "statistik-browser-" + UUID.randomUUID() + "@test.invalid";
		UserId user = users.createUser(email, "Koordination", PASSWORD, null);
		users.addMembership(user, kommune, KommuneRole.KOORDINATION);
		return new Coordinator(kommune, email);
	}

	/** Forgets an earlier import of the file in this database and returns its absolute path. */
	static Path fresh(JdbcClient jdbc, Path file) throws Exception {
		Path path = StatisticsData.require(file).toAbsolutePath().normalize();
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
		jdbc.sql("delete from statistics_dataset where sha256 = :sha").param("sha", sha).update();
		return path;
	}

	@Test
	void aKommuneImportsItsQuarterTableWithProgressAndSeesTheDataset() throws Exception {
		// given the coordinator of Köln and the real quarter table
		Coordinator coordinator = coordinator(kommunen, users, "Quartiersstadt", "053150000000");
		KommuneId kommune = coordinator.kommune();
		signIn(coordinator.email(), PASSWORD);
		Path file = fresh(jdbc, StatisticsData.ROOT.resolve("koeln/bevoelkerung.csv"));
		String base = "/kommunen/" + kommune + "/statistik";
		// when the statistics page is opened and a file chosen
		open(base);
		assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Statistik: Quartiersstadt");
		assertAccessible();
		clickAndWaitFor(By.linkText("Datei importieren"), "/statistik/import");
		assertAccessible();
		driver.findElement(By.id("file")).sendKeys(file.toString());
		clickAndWaitFor(By.cssSelector("form[action$='/statistik/import'] button[type=submit]"), "/statistik/import/");
		// then the review shows the detected quarter table and the mapping to confirm
		assertThat(driver.findElement(By.id("detected-format")).getText()).isEqualTo("Quartierstabelle (Stadtteile)");
		assertThat(driver.findElements(By.id("start-import"))).isEmpty();
		assertAccessible();
		// when the mapping is confirmed
		String review = driver.getCurrentUrl();
		driver.findElement(By.id("apply-settings")).click();
		new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> pageText().contains("Zuordnung bestätigt."));
		// then the preview and the warnings are shown and the import can start once they are accepted
		assertThat(driver.getCurrentUrl()).isEqualTo(review);
		assertThat(driver.findElement(By.id("totals")).getText()).contains("31.12.2005").contains("1.023.101");
		assertAccessible();
		driver.findElement(By.id("acceptWarnings")).click();
		clickAndWaitFor(By.id("start-import"), "/import/auftraege/");
		// then the progress is followed without reloading until the result links the dataset
		new WebDriverWait(driver, Duration.ofSeconds(180)).until(d -> !d.findElements(By.id("dataset-link")).isEmpty());
		assertThat(driver.findElement(By.id("import-result")).getText()).contains("Werte importiert");
		assertAccessible();
		clickAndWaitFor(By.id("dataset-link"), "/statistik/datensaetze/");
		assertThat(driver.findElement(By.id("provenance")).getText()).contains("bevoelkerung.csv")
			.contains("Quartierstabelle");
		assertThat(driver.findElement(By.id("totals")).getText()).contains("1.023.101");
		assertAccessible();
		open(base);
		assertThat(pageText()).contains("bevoelkerung.csv");
	}
}
