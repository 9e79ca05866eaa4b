package de.daks.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A workshop in real Chromium with several participants: two browsers at once (a third participant takes over the
 * first browser with a fresh guest identity) join by link, post cards that reach the other browser live, the
 * moderation clusters, opens and closes a dot vote, everyone sees the result. axe-core on the join page, the
 * participants' board, the moderation board and the projector view; a list of XSS payloads is posted and none
 * executes anywhere.
 */
class WorkshopBrowserTests extends BrowserTestSupport {

	/** Each payload sets {@code window.__xss} if it ever runs. */
	static final List<String> XSS = List.of(
			"<script>window.__xss=1</script>",
			"<img src=x onerror=\"window.__xss=1\">",
			"\"><svg onload=window.__xss=1>",
			"javascript:window.__xss=1",
			"<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
			"<a href=\"javascript:window.__xss=1\" id=\"xss-link\">klick</a>",
			"';window.__xss=1;//",
			"<details open ontoggle=window.__xss=1>",
			"[[${T(java.lang.Runtime).getRuntime()}]] __${7*7}__",
			"<body onload=window.__xss=1>");

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Workshops workshops;

	private WebDriver second;

	@AfterAll
	void stopSecond() {
		if (second != null) {
			second.quit();
		}
	}

	@Test
	void participantsJoinPostVoteAndSeeResultsLiveAndNoPayloadRuns() throws IOException {
		// given
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune("Browserwerkstatt");
		String email = "workshop-browser-" + ProcessFixtures.random() + "@test.invalid";
		String password = "Sehr-geheim-" + ProcessFixtures.random();
		UserId coordinator = users.createUser(email, "Mona Moderation", password, null);
		users.addMembership(coordinator, kommune, KommuneRole.KOORDINATION);
		Workshop workshop = workshops.create(kommune, new NewWorkshop("Zukunft Browserdorf", LocalDateTime.of(2027, 5,
				3, 18, 0), "Bürgerhaus", true, WorkshopFormat.HYBRID, "18:00 Kritik\n18:45 Fantasie", "Mona",
				Map.of(Phase.CRITIQUE, List.of("Wohnen", "Mobilität"))));
		String moderation = "/kommunen/" + kommune + "/zukunftswerkstatt/" + workshop.id();
		WebDriver first = driver;
		second = startSecondBrowser();

		// when: participant A joins by link
		open("/w/" + workshop.code());
		assertAccessible();
		driver.findElement(By.id("nickname")).sendKeys("Anna");
		clickAndWaitFor(By.cssSelector("form button[type=submit]"), "/tafel");
		assertAccessible();
		waitForText(driver, "Live verbunden");
		// participant B joins in the second browser
		use(second);
		open("/w/" + workshop.code());
		driver.findElement(By.id("nickname")).sendKeys("Ben");
		clickAndWaitFor(By.cssSelector("form button[type=submit]"), "/tafel");
		waitForText(driver, "Live verbunden");

		// A posts; B sees the card without reloading
		use(first);
		post("Zu wenig Bänke im Park", "1");
		use(second);
		waitForText(driver, "Zu wenig Bänke im Park");
		// payloads: five by A, five typed by the moderation from paper
		use(first);
		for (String payload : XSS.subList(0, 5)) {
			post(payload, "0");
		}
		for (String payload : XSS.subList(5, XSS.size())) {
			workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, payload, CardOrigin.PAPER);
		}
		use(second);
		waitForText(driver, XSS.get(XSS.size() - 1));
		assertNoPayloadRan();

		// the moderation signs in (second browser), sees everything, forms a cluster and opens a vote
		signIn(email, password);
		open(moderation);
		assertAccessible();
		assertThat(pageText()).contains("Zu wenig Bänke im Park", XSS.get(0), XSS.get(9));
		assertNoPayloadRan();
		driver.findElement(By.id("cluster-title")).sendKeys("Öffentlicher Raum");
		Select cards = new Select(driver.findElement(By.id("cluster-cards")));
		cards.selectByVisibleText("Zu wenig Bänke im Park");
		driver.findElement(By.cssSelector("form[action$='/cluster'] button")).click();
		waitForText(driver, "Der Cluster ist angelegt.");
		driver.findElement(By.id("vote-title")).sendKeys("Was ist am dringendsten?");
		driver.findElement(By.cssSelector("form[action$='/abstimmungen'] button")).click();
		waitForText(driver, "Die Abstimmung ist geöffnet.");

		// A's board reloads itself when the vote opens; A gives a dot
		use(first);
		waitForText(driver, "Abstimmung läuft");
		assertAccessible();
		vote("Zu wenig Bänke im Park");
		waitForText(driver, "Ihr Punkt ist gezählt.");
		// participant C takes over the first browser with a fresh identity
		driver.manage().deleteAllCookies();
		open("/w/" + workshop.code());
		driver.findElement(By.id("nickname")).sendKeys("Cem");
		clickAndWaitFor(By.cssSelector("form button[type=submit]"), "/tafel");
		vote("Zu wenig Bänke im Park");
		waitForText(driver, "Ihr Punkt ist gezählt.");
		assertThat(pageText()).doesNotContain("Ergebnisse der Abstimmung");

		// the moderation closes the vote; C's page shows the result live
		use(second);
		open(moderation);
		org.openqa.selenium.WebElement close = driver.findElement(By.cssSelector("form[action*='/schliessen'] button"));
		close.click();
		waitUntilReplaced(driver, close, Duration.ofSeconds(20));
		waitForText(driver, "Die Abstimmung ist geschlossen");
		use(first);
		waitForText(driver, "Ergebnisse der Abstimmung");
		assertThat(pageText()).contains("Öffentlicher Raum", "2 Punkte");
		// a late vote is refused with a message
		assertThat(driver.findElements(By.cssSelector("form[action$='/stimmen']"))).isEmpty();
		assertNoPayloadRan();

		// then: projector and print view
		use(second);
		open(moderation + "/beamer");
		assertAccessible();
		assertThat(pageText()).contains("Zukunft Browserdorf", "Kritik", "Öffentlicher Raum", "2 Punkte");
		assertNoPayloadRan();
		open(moderation + "/druck");
		assertThat(pageText()).contains("Teilnehmende Gäste (ohne Konto): 3");
		assertNoPayloadRan();
		// registration and random selection pages
		open(moderation + "/zufallsbuerger");
		assertAccessible();
		open("/w/" + workshop.code() + "/anmeldung");
		assertAccessible();
		use(first);
	}

	private void post(String text, String column) {
		org.openqa.selenium.WebElement textarea = driver.findElement(By.id("text"));
		textarea.sendKeys(text);
		new Select(driver.findElement(By.id("column"))).selectByValue(column);
		driver.findElement(By.cssSelector("form.ws-post button")).click();
		// the form posts and redirects: wait for the new page before reading it
		waitUntilReplaced(driver, textarea, Duration.ofSeconds(10));
		waitForText(driver, "Ihre Karte hängt an der Tafel.");
	}

	private void vote(String cardText) {
		org.openqa.selenium.WebElement button = driver.findElement(By.xpath("//li[contains(@class,'ws-card')][p[text()='"
				+ cardText + "']]//form[contains(@action,'/stimmen')]//button"));
		button.click();
		waitUntilReplaced(driver, button, Duration.ofSeconds(10));
	}

	private void use(WebDriver browser) {
		driver = browser;
	}

	private void assertNoPayloadRan() {
		Object ran = ((JavascriptExecutor) driver).executeScript("return window.__xss === undefined ? null : 'ran';");
		assertThat(ran).as("an XSS payload ran on " + driver.getCurrentUrl()).isNull();
		assertThat(driver.findElements(By.id("xss-link"))).isEmpty();
	}

	private static void waitForText(WebDriver browser, String text) {
		// generous: the shared test machine runs other builds at the same time
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
			try {
				return d.findElement(By.tagName("body")).getText().contains(text);
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (replacedWhileRead(ex)) {
					return false;
				}
				throw ex;
			}
		});
	}

	private static WebDriver startSecondBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--window-size=1280,1000", "--lang=de-DE",
				"--user-data-dir=" + Files.createTempDirectory("daks-chromium-2"));
		WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort().build(), options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return browser;
	}
}
