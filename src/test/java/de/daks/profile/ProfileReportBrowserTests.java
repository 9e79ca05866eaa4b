package de.daks.profile;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The report page of a demo Kommune in Chromium: accessible, with a table of contents and working downloads. */
class ProfileReportBrowserTests extends BrowserTestSupport {

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Test
	void theReportIsAccessibleAndItsDownloadsWork() throws Exception {
		// given the coordinator of Bremerhaven
		Kommune bremerhaven = kommunen.findAll().stream().filter(k -> k.name().equals("Stadt Bremerhaven"))
			.findFirst().orElseThrow();
		String email = "profil-" + UUID.randomUUID() + "@test.invalid";
		UserId user = users.createUser(email, "Koordination", "geheim-Passwort-1", null);
		users.addMembership(user, bremerhaven.id(), KommuneRole.KOORDINATION);
		signIn(email, "geheim-Passwort-1");
		// when
		open("/kommunen/" + bremerhaven.id() + "/profil");
		// then
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Kommunalprofil Stadt Bremerhaven");
		assertThat(driver.findElements(By.cssSelector(".report-toc li"))).hasSize(7);
		assertThat(driver.findElements(By.cssSelector("figure.chart svg"))).isNotEmpty();
		assertAccessible();
		// the table of contents leads to the sources appendix, a reference to its dataset
		driver.findElement(By.cssSelector(".report-toc a[href='#quellen']")).click();
		assertThat(driver.getCurrentUrl()).endsWith("#quellen");
		assertThat(driver.findElement(By.id("quelle-1")).getText()).contains("synthetisch");
		// the downloads: click each link, then fetch its target with the browser's session and check it
		for (String id : new String[] { "download-pdf", "download-docx" }) {
			WebElement link = driver.findElement(By.id(id));
			String href = link.getAttribute("href");
			link.click();
			HttpResponse<byte[]> response = fetch(href);
			assertThat(response.statusCode()).as(href).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
				.contains("Kommunalprofil-Stadt-Bremerhaven-");
			assertThat(response.body().length).isGreaterThan(1000);
		}
		assertThat(fetch(driver.findElement(By.id("download-pdf")).getAttribute("href")).headers()
			.firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
	}

	private HttpResponse<byte[]> fetch(String href) throws Exception {
		Cookie session = driver.manage().getCookieNamed("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		HttpRequest request = HttpRequest.newBuilder(URI.create(href))
			.header("Cookie", session.getName() + "=" + session.getValue())
			.header("Accept-Language", "de")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}
}
