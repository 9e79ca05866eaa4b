package de.daks.programme.call;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import de.daks.BrowserTestSupport;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.programme.ProgrammeId;
import de.daks.programme.ProgrammeManagement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Apply → review → select in Chromium, with axe-core on every page. */
class CallBrowserTests extends BrowserTestSupport {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	private static final String PASSWORD = "Browser-Bewerbung-2026!";

	@Autowired
	UserManagement users;

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	CallManagement calls;

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aPersonWithoutAccountRegistersOnTheCallPageConfirmsAndFindsTheDraft() throws Exception {
		// given
		String run = unique();
		ProgrammeId programme = programmes.create("Registrierprogramm " + run, "N" + run, "", LocalDate.of(2026, 1, 1),
				LocalDate.of(2029, 12, 31));
		CallId call = calls.createCall(programme, "Aufruf " + run, "Bewerben Sie sich.", "",
				Instant.now().plus(3, ChronoUnit.DAYS));
		calls.publish(call);
		String email = "neu-" + run + "@test.invalid";

		// when: the form is sent with a short password
		open("/ausschreibungen/" + call);
		assertAccessible();
		driver.findElement(By.id("displayName")).sendKeys("Nora Neu");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys("kurz");
		driver.findElement(By.id("confirmation")).sendKeys("kurz");
		driver.findElement(By.id("kommuneName")).sendKeys("Neustadt " + run);
		new Select(driver.findElement(By.id("kommuneKind"))).selectByValue("STADT");
		new Select(driver.findElement(By.id("land"))).selectByValue("03");
		driver.findElement(By.cssSelector("form[action$='/registrierung'] button[type=submit]")).click();
		waitForText("mindestens 12 Zeichen");
		// then: the field is named, the page accessible
		assertThat(driver.findElement(By.id("password")).getAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible();

		// when: corrected
		driver.findElement(By.id("password")).clear();
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.id("confirmation")).clear();
		driver.findElement(By.id("confirmation")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form[action$='/registrierung'] button[type=submit]")).click();
		waitForText("Wir haben eine E-Mail an");
		assertAccessible();
		// then: the link in the mail confirms the address, and the draft waits after signing in
		String mail = TestMail.mailsTo(greenMail, email).get(0).getContent().toString();
		java.util.regex.Matcher link = java.util.regex.Pattern
			.compile("https?://[^/\\s]+(/registrierung/bestaetigen\\?token=[A-Za-z0-9_-]+)").matcher(mail);
		assertThat(link.find()).isTrue();
		open(link.group(1));
		assertAccessible();
		clickAndWaitFor(By.cssSelector("form[action$='/registrierung/bestaetigen'] button[type=submit]"), "/login");
		signIn(email, PASSWORD);
		open("/bewerbungen");
		assertThat(pageText()).contains("Neustadt " + run);
		assertAccessible();
		signOut();
	}

	@Test
	void aKommuneAppliesAReviewerScoresAndTheOfficeSelects() throws java.io.IOException {
		// given
		String run = unique();
		String applicantEmail = "bewerberin-" + run + "@test.invalid";
		UserId applicant = users.createUser(applicantEmail, "Berta Bewerberin", PASSWORD, null);
		String reviewerEmail = "gutachter-" + run + "@test.invalid";
		users.createUser(reviewerEmail, "Gerd Gutachter", PASSWORD, null);
		String officeEmail = "gs-" + run + "@test.invalid";
		users.createUser(officeEmail, "Gisela Geschäftsstelle", PASSWORD, GlobalRole.GESCHAEFTSSTELLE);
		ProgrammeId programme = programmes.create("Browserprogramm " + run, "B" + run, "", LocalDate.of(2026, 1, 1),
				LocalDate.of(2029, 12, 31));
		CallId call = calls.createCall(programme, "Aufruf " + run, "Bewerben Sie sich.",
				"Bekanntmachung | https://example.org/b.pdf", Instant.now().plus(3, ChronoUnit.DAYS));
		calls.publish(call);

		// when: the applicant applies
		signIn(applicantEmail, PASSWORD);
		open("/ausschreibungen");
		assertAccessible();
		clickAndWaitFor(By.linkText("Aufruf " + run), "/ausschreibungen/" + call);
		assertAccessible();
		driver.findElement(By.id("kommuneName")).sendKeys("Browserstadt " + run);
		clickAndWaitFor(By.cssSelector("form[action$='/bewerbung'] button[type=submit]"), "/bewerbungen/");
		assertAccessible();
		java.nio.file.Path pdf = java.nio.file.Files.createTempFile("ratsbeschluss", ".pdf");
		java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
		driver.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		driver.findElement(By.cssSelector("form[action$='/anlagen'] button[type=submit]")).click();
		waitForText("Die Anlage ist gespeichert");
		assertThat(pageText()).contains(pdf.getFileName().toString());
		assertAccessible();
		new Select(driver.findElement(By.id("landCode"))).selectByVisibleText("Sachsen-Anhalt");
		new Select(driver.findElement(By.id("commitment"))).selectByValue("COUNCIL_DECISION");
		driver.findElement(By.id("contactUnit")).sendKeys("Stabsstelle Demografie");
		driver.findElement(By.id("population")).sendKeys("12345");
		for (CallCondition c : CallCondition.prerequisites()) {
			driver.findElement(By.id("answers-" + c.name())).sendKeys("Unsere Antwort zu " + c.name());
		}
		driver.findElement(By.cssSelector("button[value=submit]")).click();
		waitForText("Die Bewerbung ist eingereicht");
		// then
		assertThat(pageText()).contains("Eingereicht am").contains("12.345");
		assertAccessible();
		signOut();
		ApplicationId id = calls.myApplicationsOf(applicant).get(0).id();
		calls.assignReviewer(id, reviewerEmail);

		// when: the reviewer scores
		signIn(reviewerEmail, PASSWORD);
		open("/gutachten");
		assertAccessible();
		clickAndWaitFor(By.linkText("Browserstadt " + run), "/gutachten");
		assertAccessible();
		for (CallCondition c : CallCondition.values()) {
			if (c.isPrerequisite()) {
				driver.findElement(By.id("met-" + c.name())).click();
			}
			else {
				new Select(driver.findElement(By.id("score-" + c.name()))).selectByValue("4");
			}
			driver.findElement(By.id("note-" + c.name())).sendKeys("Begründet");
		}
		driver.findElement(By.cssSelector("button[value=submit]")).click();
		waitForText("Das Gutachten ist eingereicht");
		// then: now the side-by-side table is shown
		assertThat(pageText()).contains("Gutachten nebeneinander").contains("4 Punkte");
		assertAccessible();
		signOut();

		// when: the office (second factor set up at first sign-in) computes the selection and decides
		signIn(officeEmail, PASSWORD);
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/login/totp/einrichten"));
		String secret = driver.findElement(By.id("totp-secret")).getText();
		driver.findElement(By.id("code")).sendKeys(code(secret, Instant.now()));
		driver.findElement(By.cssSelector("form[action$='/login/totp/einrichten'] button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
		open("/ausschreibungen/" + call + "/bewerbungen");
		assertThat(pageText()).contains("Browserstadt " + run).contains("24,00");
		assertAccessible();
		open("/ausschreibungen/" + call + "/auswahl");
		assertAccessible();
		driver.findElement(By.id("places")).clear();
		driver.findElement(By.id("places")).sendKeys("1");
		driver.findElement(By.id("grwPercent")).clear();
		driver.findElement(By.id("grwPercent")).sendKeys("100");
		clickAndWaitFor(By.cssSelector("form[method=get][action$='/auswahl'] button[type=submit]"), "run=true");
		// then: infeasible – the only application is not in a GRW area
		assertThat(pageText()).contains("GRW-Anteil").contains("aber nur 0 förderfähige Bewerbungen");
		assertAccessible();
		driver.findElement(By.id("grwPercent")).clear();
		driver.findElement(By.id("grwPercent")).sendKeys("0");
		clickAndWaitFor(By.cssSelector("form[method=get][action$='/auswahl'] button[type=submit]"), "grwPercent=0");
		assertThat(pageText()).contains("Gesamtpunktzahl 24,00 mit 1 Kommunen");
		assertAccessible();
		clickAndWaitFor(By.cssSelector("form[method=post][action$='/auswahl'] button[type=submit]"), "/bewerbungen");
		assertThat(pageText()).contains("Die Auswahl ist festgelegt").contains("Ausgewählt");
		assertAccessible();
		signOut();
	}

	private static String code(String secret, Instant at) {
		try {
			TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
			SecretKeySpec key = new SecretKeySpec(new Base32().decode(secret.replace(" ", "")), generator.getAlgorithm());
			return generator.generateOneTimePasswordString(key, at);
		}
		catch (java.security.InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
