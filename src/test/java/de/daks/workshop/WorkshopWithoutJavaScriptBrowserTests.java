package de.daks.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** A participant with JavaScript switched off: join, post, vote and see the result – forms and reloading only. */
class WorkshopWithoutJavaScriptBrowserTests extends BrowserTestSupport {

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Workshops workshops;

	@Override
	protected boolean javaScriptEnabled() {
		return false;
	}

	@Test
	void aParticipantTakesPartWithoutJavaScript() {
		// given
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune("Ohne-Skript-Dorf");
		Workshop workshop = workshops.create(kommune, new NewWorkshop("Werkstatt ohne Skript",
				LocalDateTime.of(2027, 1, 20, 17, 0), "Gemeindesaal", false, WorkshopFormat.CLASSIC, null, null,
				Map.of()));
		// when
		open("/w/" + workshop.code());
		clickAndWaitFor(By.cssSelector("form button[type=submit]"), "/tafel");
		driver.findElement(By.id("text")).sendKeys("Mehr Sitzbänke am Marktplatz");
		driver.findElement(By.cssSelector("form.ws-post button")).click();
		// then
		awaitText("Ihre Karte hängt an der Tafel.");
		assertThat(pageText()).contains("Ihre Karte hängt an der Tafel.", "Mehr Sitzbänke am Marktplatz");
		// a card of someone else appears on reload
		Card other = workshops.postAsModerator(workshop, null, Phase.CRITIQUE, 0, "Der Spielplatz ist kaputt",
				CardOrigin.PAPER);
		open("/w/" + workshop.code() + "/tafel");
		assertThat(pageText()).contains("Der Spielplatz ist kaputt", "Neu laden zeigt die neuesten Karten.");
		// voting by form, the result after the moderation closed it
		long session = workshops.openSession(workshop, Phase.CRITIQUE, "", 1, false, false);
		open("/w/" + workshop.code() + "/tafel");
		driver.findElement(By.cssSelector("#card-" + other.id() + " form button")).click();
		awaitText("Ihr Punkt ist gezählt.");
		assertThat(pageText()).contains("Ihr Punkt ist gezählt.");
		driver.findElement(By.cssSelector("#card-" + other.id() + " form button")).click();
		awaitText("Sie haben alle Ihre Punkte vergeben.");
		assertThat(pageText()).contains("Sie haben alle Ihre Punkte vergeben.");
		workshops.closeSession(workshop, session);
		open("/w/" + workshop.code() + "/tafel");
		assertThat(pageText()).contains("Ergebnisse der Abstimmung", "1 Punkt");
	}

	/** Waits for the page after a plain form post (the old page may still be there for a moment). */
	private void awaitText(String text) {
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> {
			try {
				return d.findElement(By.tagName("body")).getText().contains(text);
			}
			catch (org.openqa.selenium.StaleElementReferenceException ex) {
				return false;
			}
		});
	}
}
