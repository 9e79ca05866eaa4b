package de.daks.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import de.daks.BrowserTestSupport;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import de.daks.identity.GlobalRole;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

class NetworkBrowserTests extends BrowserTestSupport {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	private static final String PASSWORD = "DAKS-Demo-2026!";

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Autowired
	Newsletter newsletter;

	@Autowired
	Events events;

	private Kommune rostock() {
		return kommunen.findAll().stream().filter(k -> k.name().equals("Landkreis Rostock")).findFirst()
			.orElseThrow();
	}

	@Test
	void aCoordinatorFindsARankedConsultantRequestsAndTheConsultantAcceptsAndGetsAccess() {
		// given
		Kommune rostock = rostock();
		signIn("koordination@rostock.daks.example", PASSWORD);
		open("/kommunen/" + rostock.id() + "/beratung");
		assertAccessible();
		// when: participation for the Zukunftswerkstatt, 6 days for 6.000 EUR
		check("themes", "BUERGERBETEILIGUNG");
		driver.findElement(By.cssSelector("#step option[value=zukunftswerkstatt]")).click();
		driver.findElement(By.id("budget")).sendKeys("6.000");
		driver.findElement(By.id("days")).sendKeys("6");
		clickAndWaitFor(By.cssSelector("form.stacked-form button.primary"), "themes=BUERGERBETEILIGUNG");
		// then: the nationwide facilitator within budget first, with reasons
		List<WebElement> matches = driver.findElements(By.cssSelector("ol.matches > li"));
		assertThat(matches).hasSizeGreaterThanOrEqualTo(2);
		assertThat(matches.get(0).getText()).contains("Mats Moderation").contains("arbeitet bundesweit")
			.contains("6 Tage auch zum oberen Tagessatz im Budget von 6.000 EUR");
		assertThat(matches.get(1).getText()).contains("Bea Beratung")
			.contains("arbeitet nicht in Mecklenburg-Vorpommern");
		assertAccessible();
		// when: Bea is requested
		WebElement bea = matches.get(1);
		bea.findElement(By.tagName("textarea")).sendKeys("Wir suchen Begleitung für unsere Zukunftswerkstatt.");
		bea.findElement(By.cssSelector("button[type=submit]")).click();
		// then
		waitForText("Die Anfrage ist gesendet");
		assertThat(pageText()).contains("Die Anfrage ist gesendet").contains("angefragt");
		signOut();

		// when: the consultant accepts
		signIn("beratung@daks.example", PASSWORD);
		open("/beratung/anfragen");
		assertThat(pageText()).contains("Landkreis Rostock").contains("Begleitung für unsere Zukunftswerkstatt");
		assertAccessible();
		driver.findElement(By.xpath("//li[contains(., 'Landkreis Rostock')]//button[contains(., 'Annehmen')]"))
			.click();
		// then: access to the Kommune
		waitForText("Sie sind der Kommune jetzt als Beratung zugeordnet");
		assertThat(pageText()).contains("Sie sind der Kommune jetzt als Beratung zugeordnet");
		open("/kommunen/" + rostock.id());
		assertThat(driver.findElement(By.tagName("h1")).getText()).doesNotContain("403");
		assertThat(users.membershipsIn(rostock.id())).anyMatch(m -> m.role() == KommuneRole.BERATUNG);
		signOut();
	}

	@Test
	void aCoordinatorRegistersForARegionalMeetingAndGetsTheCalendarLink() {
		// given
		NetworkEvent meeting = events.upcoming().stream().filter(e -> e.title().equals("Regionales Werkstatttreffen Nord"))
			.findFirst().orElseThrow();
		signIn("koordination@dueren.daks.example", PASSWORD);
		open("/veranstaltungen");
		assertAccessible();
		clickAndWaitFor(By.linkText("Regionales Werkstatttreffen Nord"), "/veranstaltungen/" + meeting.id());
		assertThat(pageText()).contains("Programm").contains("Fallberatung in Kleingruppen");
		assertAccessible();
		// when
		driver.findElement(By.cssSelector("#anmeldung ~ form button[type=submit]")).click();
		// then
		waitForText("Sie sind angemeldet.");
		assertThat(pageText()).contains("Sie sind angemeldet.");
		assertThat(driver.findElement(By.partialLinkText("iCalendar")).getAttribute("href"))
			.endsWith("/veranstaltungen/" + meeting.id() + "/kalender.ics");
		assertThat(events.registrationOf(meeting.id(), users.findByEmail("koordination@dueren.daks.example")
			.orElseThrow().id().value()).orElseThrow().kommune()).isNotNull();
		assertAccessible();
		signOut();
	}

	@Test
	void aVisitorSubscribesConfirmsByMailAndUnsubscribesInOneClick() throws Exception {
		// given
		String email = "leser-" + System.nanoTime() + "@test.invalid";
		open("/newsletter");
		assertAccessible();
		// when
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.cssSelector("button.primary[type=submit]")).click();
		// then
		waitForText("Bitte bestätigen Sie Ihr Abonnement");
		assertThat(pageText()).contains("Bitte bestätigen Sie Ihr Abonnement");
		assertAccessible();
		String body = NetworkTestData.text(NetworkTestData.mailsTo(greenMail, email).get(0));
		Matcher link = Pattern.compile("https?://[^/\\s]+(/newsletter/bestaetigen/\\S+)").matcher(body);
		assertThat(link.find()).isTrue();
		// when: the link from the mail
		open(link.group(1));
		assertAccessible();
		driver.findElement(By.cssSelector("button.primary")).click();
		// then
		waitForText("Ihr Abonnement ist bestätigt");
		assertThat(pageText()).contains("Ihr Abonnement ist bestätigt");
		assertThat(newsletter.subscriber(email).orElseThrow().status()).isEqualTo(Subscriber.Status.CONFIRMED);
		// when: the unsubscribe link of an issue
		open("/newsletter/abmelden/" + newsletter.subscriber(email).orElseThrow().unsubscribeToken());
		assertAccessible();
		driver.findElement(By.cssSelector("button.primary")).click();
		// then
		waitForText("Sie sind abgemeldet");
		assertThat(pageText()).contains("Sie sind abgemeldet");
		assertThat(newsletter.subscriber(email).orElseThrow().status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);
		assertAccessible();
	}

	@Test
	void theOfficeAddsSlidesAndARecordingLinkAfterAnEventAndOnlyParticipantsSeeThem() throws Exception {
		// given: a past seminar and a signed-in Geschäftsstelle (with its second factor)
		Instant start = Instant.now().minus(Duration.ofDays(2));
		NetworkEvent past = events.create(EventKind.ONLINE_SEMINAR, "Seminar Materialien " + System.nanoTime(),
				"Rückblick", "", "", "https://konferenz.example/raum", start, start.plus(Duration.ofHours(2)), 20);
		String email = "gs-material-" + System.nanoTime() + "@test.invalid";
		users.createUser(email, "Greta Geschäftsstelle", PASSWORD, GlobalRole.GESCHAEFTSSTELLE);
		signIn(email, PASSWORD);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/login/totp/einrichten"));
		String secret = driver.findElement(By.id("totp-secret")).getText();
		driver.findElement(By.id("code")).sendKeys(totp(secret));
		driver.findElement(By.cssSelector("form[action$='/login/totp/einrichten'] button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith(":" + port + "/"));
		open("/veranstaltungen/" + past.id() + "/material");
		assertThat(pageText()).contains("Noch kein Material");
		assertAccessible();

		// when: the office uploads slides
		Path pdf = Files.createTempFile("folien", ".pdf");
		Files.write(pdf, EventMaterialIntegrationTests.PDF);
		driver.findElement(By.id("title")).sendKeys("Folien des Seminars");
		driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		driver.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
		// then
		waitForText("Das Material ist gespeichert");
		assertThat(pageText()).contains("Folien des Seminars");

		// when: a recording link without https
		driver.findElement(By.id("linkTitle")).sendKeys("Aufzeichnung im Videoportal");
		driver.findElement(By.id("url")).sendKeys("http://video.example.org/seminar");
		driver.findElement(By.cssSelector("#link-form button[type=submit]")).click();
		// then: the error names the field, the input is kept
		waitForText("Adresse: Bitte eine vollständige Adresse mit https://");
		assertThat(driver.findElement(By.id("url")).getAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible();
		// when: corrected
		driver.findElement(By.id("url")).clear();
		driver.findElement(By.id("url")).sendKeys("https://video.example.org/seminar");
		driver.findElement(By.cssSelector("#link-form button[type=submit]")).click();
		// then
		waitForText("Das Material ist gespeichert");
		assertThat(driver.findElement(By.linkText("Aufzeichnung im Videoportal")).getAttribute("href"))
			.isEqualTo("https://video.example.org/seminar");
		assertAccessible();

		// and: the attendance page (Kommune per registration, walk-ins) and the obligation overview
		open("/veranstaltungen/" + past.id() + "/teilnahme");
		assertThat(pageText()).contains("Teilnahme ohne Anmeldung nachtragen");
		assertAccessible();
		open("/veranstaltungen/pflichttermine?rueckstand=true");
		assertThat(pageText()).contains("Kommunen haben die Pflicht erfüllt");
		assertAccessible();

		// and: a newsletter issue is sent in the background and its progress shown
		open("/newsletter/ausgaben");
		String subject = "Rückblick " + System.nanoTime();
		driver.findElement(By.id("subject")).sendKeys(subject);
		driver.findElement(By.cssSelector("form.stacked-form button.primary")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*/newsletter/ausgaben/[0-9a-f-]{36}$"));
		driver.findElement(By.cssSelector("form[action$='/senden'] button")).click();
		waitForText("Der Versand läuft im Hintergrund");
		waitForText("0 offen");
		assertAccessible();
		signOut();

		// and: a visitor learns that only participants see them
		open("/veranstaltungen/" + past.id() + "/material");
		assertThat(pageText()).contains("sehen nur die angemeldeten Teilnehmenden")
			.doesNotContain("Folien des Seminars");
		assertAccessible();
	}

	/** The code an authenticator app shows now for the secret. */
	private static String totp(String secret) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		return generator.generateOneTimePasswordString(
				new SecretKeySpec(new Base32().decode(secret.replace(" ", "")), generator.getAlgorithm()),
				Instant.now());
	}

	private void check(String field, String value) {
		for (WebElement box : driver.findElements(By.cssSelector("input[type=checkbox][name=" + field + "]"))) {
			if (value.equals(box.getAttribute("value")) && !box.isSelected()) {
				box.click();
			}
		}
	}

	/** Waits until the page (after a form post and redirect) shows the text. */
}
