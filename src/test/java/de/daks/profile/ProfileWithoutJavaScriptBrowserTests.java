package de.daks.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import de.daks.BrowserTestSupport;
import de.daks.identity.UserManagement;
import de.daks.indicators.IndicatorService;
import de.daks.profile.internal.ProfileEditing;
import de.daks.profile.internal.ProfileRepository;
import de.daks.territory.KommuneManagement;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** Adding a SWOT item with the keyboard only, in a Chromium with JavaScript switched off. */
class ProfileWithoutJavaScriptBrowserTests extends BrowserTestSupport {

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	ProfileEditing editing;

	@Autowired
	ProfileRepository repository;

	@Autowired
	IndicatorService indicators;

	@Override
	protected boolean javaScriptEnabled() {
		return false;
	}

	@Test
	void aSwotItemIsAddedWithTheKeyboardOnlyWithoutJavaScript() {
		// given
		ProfileBrowserTests.Setup setup = ProfileBrowserTests.setUp(users, kommunen, editing,
				indicators.catalogue().all().get(0).id(), "Tastaturdorf");
		signIn(setup.email(), setup.password());
		open("/kommunen/" + setup.kommune() + "/profil/swot");
		assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return typeof window.htmx"))
			.as("the page's scripts (htmx) did not run").isEqualTo("undefined");

		// when: Tab to "Risiko hinzufügen" and follow it
		tabTo(e -> "a".equals(e.getTagName()) && e.getText().equals("Risiko hinzufügen"));
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("quadrant=THREAT"));
		// the quadrant is preselected; Tab to the statement and type it
		assertThat(driver.findElement(By.cssSelector("input[name=quadrant][value=THREAT]")).isSelected()).isTrue();
		tabTo(e -> "text".equals(e.getAttribute("id")));
		new Actions(driver).sendKeys("Hitzesommer belasten Ältere").perform();
		// choose the first indicator with the arrow key, tick the interview with the space bar
		tabTo(e -> "indicatorIds".equals(e.getAttribute("id")));
		new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
		tabTo(e -> "checkbox".equals(e.getAttribute("type")) && "interviewIds".equals(e.getAttribute("name")));
		new Actions(driver).sendKeys(Keys.SPACE).perform();
		tabTo(e -> "button".equals(e.getTagName()) && e.getText().equals("SWOT-Eintrag hinzufügen"));
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> d.findElement(By.tagName("body")).getText().contains("Der SWOT-Eintrag wurde hinzugefügt."));

		// then
		assertThat(repository.swot(setup.kommune())).filteredOn(i -> i.quadrant() == SwotQuadrant.THREAT)
			.singleElement().satisfies(i -> {
				assertThat(i.text()).isEqualTo("Hitzesommer belasten Ältere");
				assertThat(i.interviewIds()).containsExactly(setup.interview());
				assertThat(i.indicatorIds()).hasSize(1);
			});
		assertThat(driver.findElement(By.id("swot-board")).getText()).contains("Hitzesommer belasten Ältere");
	}

	/** Presses Tab until the focused element matches (at most 300 times). */
	private void tabTo(Predicate<WebElement> target) {
		for (int i = 0; i < 300; i++) {
			WebElement active = driver.switchTo().activeElement();
			if (target.test(active)) {
				return;
			}
			new Actions(driver).sendKeys(Keys.TAB).perform();
		}
		fail("the element was not reached with the Tab key");
	}
}
