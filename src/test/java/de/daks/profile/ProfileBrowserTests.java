package de.daks.profile;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.indicators.IndicatorService;
import de.daks.process.ProcessFixtures;
import de.daks.profile.internal.ProfileEditing;
import de.daks.shared.KommuneId;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.territory.KommuneManagement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Every page of the profile editor, filled and with form errors, passes axe-core (WCAG 2.1 AA), German and English. */
class ProfileBrowserTests extends BrowserTestSupport {

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	ProfileEditing editing;

	@Autowired
	IndicatorService indicators;

	/** A Kommune with content in every kind of section and a coordinator; returns the coordinator's password. */
	static Setup setUp(UserManagement users, KommuneManagement kommunen, ProfileEditing editing, String indicator,
			String name) {
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune(name);
		String email = "profile-browser-" + ProcessFixtures.random() + "@test.invalid";
		String password = "Sehr-geheim-" + ProcessFixtures.random();
		UserId coordinator = users.createUser(email, "Paula Profil", password, null);
		users.addMembership(coordinator, kommune, KommuneRole.KOORDINATION);
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"test-operator", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
		try {
			editing.saveText(kommune, ProfileTopic.HOUSING, "### Wohnen\n\n- Leerstand\n- **Barrierearm** wohnen");
			long item = editing.addInventoryItem(kommune, new InventoryItem(0, "Seniorenbüro", InventoryKind.STRUCTURE,
					"Pflege", "Sozialamt", 2010, "65+", "Beratung"));
			long interview = editing.addInterview(kommune, new ExpertInterview(0, "Leiterin des Seniorenbüros (fiktiv)",
					"Sozialamt", LocalDate.of(2024, 5, 6), List.of("Viele leben allein.", "Treffpunkte fehlen.")));
			long swot = editing.addSwotItem(kommune, new SwotItem(0, SwotQuadrant.WEAKNESS, "Wenige Treffpunkte",
					List.of(indicator), List.of(interview)));
			return new Setup(kommune, email, password, item, interview, swot);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	record Setup(KommuneId kommune, String email, String password, long item, long interview, long swot) {
	}

	@Test
	void everyEditorPagePassesAxe() {
		// given
		Setup setup = setUp(users, kommunen, editing, indicators.catalogue().all().get(0).id(), "Axe-Profilstadt");
		String base = "/kommunen/" + setup.kommune() + "/profil";
		signIn(setup.email(), setup.password());
		List<String> pages = List.of("/bearbeiten", "/themen/housing", "/themen/culture", "/bestand",
				"/bestand/" + setup.item(), "/interviews", "/interviews/" + setup.interview(), "/swot",
				"/swot/" + setup.swot(), "/swot?quadrant=THREAT");
		for (String lang : List.of("de", "en")) {
			for (String page : pages) {
				// when
				open(base + page + (page.contains("?") ? "&" : "?") + "lang=" + lang);
				// then
				assertThat(driver.getTitle()).doesNotContain("Fehler", "Error");
				assertAccessible();
			}
		}
		open(base + "/bearbeiten?lang=de");

		// and the error states and the preview
		submitWithErrors(base, "bestand", "since", "1800");
		assertThat(driver.findElement(By.id("title-error")).getText()).contains("Bezeichnung");
		submitWithErrors(base, "swot", "text", "");
		submitWithErrors(base, "interviews", "date", "01012099");
		assertThat(driver.findElement(By.id("date-error")).getText()).contains("Zukunft");

		open(base + "/themen/culture");
		driver.findElement(By.id("source")).sendKeys("Theater *und* Museum <script>alert(1)</script>");
		driver.findElement(By.cssSelector("button[value=preview]")).click();
		waitForText("Vorschau");
		assertThat(driver.findElement(By.cssSelector(".rich-text.preview em")).getText()).isEqualTo("und");
		assertAccessible();
	}

	/** Types the value into the field of the section's add form, submits it and checks the page with its errors. */
	private void submitWithErrors(String base, String section, String field, String value) {
		open(base + "/" + section);
		driver.findElement(By.id(field)).sendKeys(value);
		driver.findElement(By.cssSelector("form[action$='/profil/" + section + "'] button[type=submit]")).click();
		waitForText("Bitte korrigieren Sie die markierten Felder.");
		assertAccessible();
	}
}
