package de.daks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the {@code *BrowserTests}: a real headless Chromium (Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}) against the application on its random port, with an axe-core check
 * (WCAG 2.1 A/AA rules) for every page a test visits. Set {@code DAKS_BROWSER_TESTS=skip} to skip them on a
 * machine without Chromium; CI installs it and never skips.
 */
@DaksIntegrationTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	@LocalServerPort
	protected int port;

	protected WebDriver driver;

	private String axeScript;

	@BeforeAll
	void startBrowser() throws IOException {
		Assumptions.assumeFalse("skip".equals(System.getenv("DAKS_BROWSER_TESTS")), "browser tests skipped");
		assertThat(CHROMIUM).as("Chromium is required for browser tests (apt-get install chromium)").exists();
		assertThat(CHROMEDRIVER).as("chromedriver is required (apt-get install chromium-driver)").exists();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=de-DE",
				"--user-data-dir=" + Files.createTempDirectory("daks-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
		if (!javaScriptEnabled()) {
			options.setExperimentalOption("prefs",
					java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("axe.min.js")) {
			assertThat(in).as("axe.min.js on the test classpath").isNotNull();
			axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Tests that prove a page works without JavaScript override this; axe-core needs JavaScript. */
	protected boolean javaScriptEnabled() {
		return true;
	}

	@AfterAll
	void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	protected void open(String path) {
		driver.get("http://localhost:" + port + path);
	}

	protected void signIn(String email, String password) {
		// a fresh session, also when an earlier test stopped half-way while signed in as someone else
		open("/");
		driver.manage().deleteAllCookies();
		open("/login");
		driver.findElement(By.id("email")).sendKeys(email);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		// the form posts to /login and is redirected (to /login?error, the second factor, or the page asked for);
		// a sign-out's "/login?logout" never counts as done (signOut also waits for it to finish)
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/login")
				&& !d.getCurrentUrl().contains("/login?logout"));
	}

	/** Clicks an element that loads a new page and waits until the address contains {@code urlPart}. */
	protected void clickAndWaitFor(By element, String urlPart) {
		driver.findElement(element).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains(urlPart));
	}

	protected void signOut() {
		open("/");
		List<WebElement> buttons = driver.findElements(By.cssSelector("form[action$='/logout'] button"));
		if (!buttons.isEmpty()) {
			buttons.get(0).click();
			// wait for the sign-out to finish, so the next navigation cannot overtake it
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login?logout"));
		}
	}

	/** Runs axe-core on the current page and fails with the list of violations, if any. */
	@SuppressWarnings("unchecked")
	protected void assertAccessible() {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		js.executeScript(axeScript);
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' -> '
				      + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));
				""");
		List<String> violations = (List<String>) result;
		assertThat(violations).as("axe-core violations on " + driver.getCurrentUrl()).isEmpty();
	}

	/**
	 * Waits until the page shows a text – after a form post, so that the test reads the new page and not the old one
	 * (Chrome may still show the old page for a moment).
	 */
	protected void waitForText(String text) {
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> pageText().contains(text));
	}

	/** The visible text of the page; retried when a navigation replaces the body while it is read. */
	protected String pageText() {
		for (int attempt = 1;; attempt++) {
			try {
				return driver.findElement(By.tagName("body")).getText();
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				// a navigating page: Chrome says "stale element" or "node does not belong to the document"
				if (attempt == 5 || !replacedWhileRead(ex)) {
					throw ex;
				}
			}
		}
	}

	/**
	 * Waits until a page element is gone because its page was replaced (after a click that posts a form). Chrome
	 * reports such an element as stale or as "not in the document"; both count.
	 */
	protected static void waitUntilReplaced(WebDriver browser, WebElement element, Duration timeout) {
		new WebDriverWait(browser, timeout).until(d -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (replacedWhileRead(ex)) {
					return true;
				}
				throw ex;
			}
		});
	}

	protected static boolean replacedWhileRead(org.openqa.selenium.WebDriverException ex) {
		return ex instanceof org.openqa.selenium.StaleElementReferenceException
				|| String.valueOf(ex.getMessage()).contains("does not belong to the document");
	}

	protected static Map<String, String> params(String query) {
		return java.util.Arrays.stream(query.split("&")).map(p -> p.split("=", 2))
			.collect(Collectors.toMap(p -> p[0], p -> p.length > 1 ? p[1] : ""));
	}
}
