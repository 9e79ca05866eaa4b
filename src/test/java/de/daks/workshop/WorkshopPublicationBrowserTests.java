package de.daks.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.internal.Guests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Publishing in real Chromium: the coordinator publishes a workshop's documentation, the public page (without an
 * account) shows the visible cards and never the hidden one or a nickname; the Zufallsbürger sample against the
 * population. axe-core on the public list, the public documentation and the sample comparison page.
 */
class WorkshopPublicationBrowserTests extends BrowserTestSupport {

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Workshops workshops;

	@Autowired
	Guests guests;

	@Test
	void theCoordinatorPublishesTheDocumentationAndThePublicPageIsAccessibleWithoutHiddenCards() throws Exception {
		// given: the demo Kommune Bremerhaven (population by age and sex) and a workshop with cards
		Kommune kommune = kommunen.findAll().stream().filter(k -> k.name().equals("Stadt Bremerhaven")).findFirst()
			.orElseThrow();
		String email = "publish-browser-" + ProcessFixtures.random() + "@test.invalid";
		String password = "Sehr-geheim-" + ProcessFixtures.random();
		UserId coordinator = users.createUser(email, "Paula Publikation", password, null);
		users.addMembership(coordinator, kommune.id(), KommuneRole.KOORDINATION);
		Workshop workshop = workshops.create(kommune.id(), new NewWorkshop("Öffentliche Werkstatt "
				+ ProcessFixtures.random(), LocalDateTime.of(2027, 5, 3, 18, 0), "Bürgerhaus", false,
				WorkshopFormat.CLASSIC, null, null, Map.of()));
		long guest = guests.join(workshop, "Spitzname-Kai").guestId();
		Card card = workshops.postAsGuest(workshop, guest, 0, "Mehr Schatten am Spielplatz");
		Card hidden = workshops.postAsGuest(workshop, guest, 0, "Versteckte Karte");
		workshops.hideCard(workshop, hidden.id(), "off-topic");
		workshops.addCluster(workshop, Phase.CRITIQUE, "Spielen im Quartier", List.of(card.id()));
		String board = "/kommunen/" + kommune.id() + "/zukunftswerkstatt/" + workshop.id();
		String publicPage = "/zukunftswerkstaetten/" + kommune.id() + "/" + workshop.id();

		// when: the coordinator publishes
		signIn(email, password);
		open(board);
		submitAndWait(By.cssSelector("form[action$='/veroeffentlichen'] button"), "veroeffentlichung");
		waitForText("Die Dokumentation ist auf der öffentlichen Seite der Kommune veröffentlicht.");
		// the moderation board with the publication, photo and phase forms stays accessible
		submitAndWait(By.cssSelector("form[action$='/phase/offen'] button"), "phase=CRITIQUE");
		waitForText("Die Phase ist für Karten der Teilnehmenden geschlossen.");
		assertThat(pageText()).contains("Veröffentlicht seit", "Teilnehmende können in dieser Phase keine Karten");
		assertAccessible();

		// and draws and stores a Zufallsbürger sample
		open(board + "/zufallsbuerger");
		Path list = Files.createTempFile("zufallsbuerger", ".csv");
		StringBuilder csv = new StringBuilder("Name;Alter;Geschlecht;Quartier;E-Mail;Anschrift\n");
		for (int i = 0; i < 40; i++) {
			csv.append("Person ").append(i).append(';').append(5 + i * 2).append(';').append(i % 2 == 0 ? "w" : "m")
				.append(";Mitte;;Hauptstraße ").append(i).append('\n');
		}
		Files.writeString(list, csv, StandardCharsets.UTF_8);
		driver.findElement(By.id("file")).sendKeys(list.toString());
		WebElement size = driver.findElement(By.id("size"));
		size.clear();
		size.sendKeys("12");
		driver.findElement(By.id("store")).click();
		WebElement draw = driver.findElement(By.cssSelector("form[enctype] button[type=submit]"));
		draw.click();
		waitUntilReplaced(driver, draw, Duration.ofSeconds(20));
		waitForText("Gespeicherte Stichprobe (12 Personen)");
		// then the comparison with the population is shown and accessible
		assertThat(pageText()).contains("Stichprobe vs. Bevölkerung", "Anteil Bevölkerung", "Frauen",
				"Abweichung der Stichprobe von der Bevölkerung");
		assertAccessible();
		Files.deleteIfExists(list);
		signOut();

		// a participant sees that the phase is closed for cards, and no form to post
		open("/w/" + workshop.code());
		driver.findElement(By.id("nickname")).sendKeys("Gast");
		clickAndWaitFor(By.cssSelector("form button[type=submit]"), "/tafel");
		waitForText("In dieser Phase können gerade keine Karten geschrieben werden.");
		assertThat(driver.findElements(By.cssSelector("form.ws-post"))).isEmpty();
		assertAccessible();

		// then: the public sees the documentation without an account
		open("/zukunftswerkstaetten/" + kommune.id());
		assertAccessible();
		assertThat(pageText()).contains(workshop.title());
		open(publicPage);
		assertAccessible();
		assertThat(pageText()).contains("Mehr Schatten am Spielplatz", "Spielen im Quartier",
				"Teilnehmende Gäste (ohne Konto): 2").doesNotContain("Versteckte Karte", "off-topic", "Spitzname-Kai");
	}

	private void submitAndWait(By button, String urlPart) {
		WebElement element = driver.findElement(button);
		element.click();
		waitUntilReplaced(driver, element, Duration.ofSeconds(20));
		new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains(urlPart));
	}
}
