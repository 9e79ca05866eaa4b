package de.daks.toolbox;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.process.Step;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search relevance on the starter set: German queries with inflections, compounds and typos find the entry a
 * person means, ranked first or among the first three; filters narrow the result.
 */
@DaksIntegrationTest
class ToolboxSearchIntegrationTests {

	@Autowired
	Toolbox toolbox;

	private List<String> titles(String query) {
		return toolbox.find(ToolboxFilter.text(query)).stream().map(ToolboxEntry::title).toList();
	}

	@Test
	void theStarterSetHasAtLeast25PublishedEntriesCoveringEveryThemeStepAndType() {
		// when
		List<ToolboxEntry> all = toolbox.find(ToolboxFilter.none());
		// then
		assertThat(all.stream().filter(e -> e.content().title().length() > 5)).hasSizeGreaterThanOrEqualTo(25);
		for (Theme theme : Theme.values()) {
			assertThat(all).as(theme.name()).anyMatch(e -> e.content().themes().contains(theme));
		}
		for (Step step : Step.values()) {
			assertThat(all).as(step.name()).anyMatch(e -> e.content().processSteps().contains(step));
		}
		for (EntryType type : EntryType.values()) {
			assertThat(all).as(type.name()).anyMatch(e -> e.content().type() == type);
		}
	}

	@Test
	void inflectedFormsFindTheSameEntry() {
		// then: plural and singular, genitive, the word inside a compound
		assertThat(titles("Zukunftswerkstätten").get(0)).isEqualTo("Zukunftswerkstatt in drei Phasen");
		assertThat(titles("Experteninterview").get(0)).isEqualTo("Leitfadengestützte Experteninterviews");
		assertThat(titles("Fördermitteln")).first().isEqualTo("Fördermittel finden und kombinieren");
		assertThat(titles("Bürgerbusse")).first().isEqualTo("Bürgerbus mit ehrenamtlichen Fahrern");
		assertThat(titles("Lotsen")).contains("Digitallotsen für Seniorinnen und Senioren",
				"Integrationslotsen und Sprachpatenschaften");
	}

	@Test
	void typosAreTolerated() {
		// then
		assertThat(titles("Zukunftswerkstat").get(0)).isEqualTo("Zukunftswerkstatt in drei Phasen");
		assertThat(titles("Wolrd Cafe").get(0)).isEqualTo("World Café");
		assertThat(titles("Akteurslandkatre").get(0)).isEqualTo("Akteurslandkarte erstellen");
		assertThat(titles("Leerstandskatatser").get(0)).isEqualTo("Leerstandskataster und „Jung kauft Alt“");
		assertThat(titles("Buergerrat Losverfaren").get(0)).isEqualTo("Bürgerrat mit Losverfahren");
	}

	@Test
	void everyWordMustMatchSoThatTwoWordsNarrowTheResult() {
		// when
		List<String> wohnen = titles("Wohnen");
		List<String> wohnenJung = titles("Wohnen Studierende");
		// then
		assertThat(wohnen).contains("Wohnen für Hilfe", "Leerstandskataster und „Jung kauft Alt“");
		assertThat(wohnenJung.get(0)).isEqualTo("Wohnen für Hilfe");
		assertThat(wohnenJung).doesNotContain("Leerstandskataster und „Jung kauft Alt“");
	}

	@Test
	void nonsenseFindsNothingAndStopWordsAloneFindNothing() {
		assertThat(titles("Xylophonquartett")).isEmpty();
		assertThat(titles("und der die")).isEmpty();
	}

	@Test
	void filtersNarrowSearchAndListing() {
		// when
		List<ToolboxEntry> seniors = toolbox.find(new ToolboxFilter("Digitalisierung", null, null, null, null,
				TargetGroup.AELTERE));
		List<ToolboxEntry> funding = toolbox.find(new ToolboxFilter(null, Theme.FOERDERMITTEL, null, null, null,
				null));
		List<ToolboxEntry> talks = toolbox.find(new ToolboxFilter(null, null, EntryType.TALK, Step.KICK_OFF,
				Suitability.LANDGEMEINDE, null));
		// then
		assertThat(seniors).extracting(ToolboxEntry::title).contains("Digitallotsen für Seniorinnen und Senioren")
			.allSatisfy(t -> assertThat(t).isNotEqualTo("Jugendforum und Jugendcheck"));
		assertThat(funding).isNotEmpty().allMatch(e -> e.content().themes().contains(Theme.FOERDERMITTEL));
		assertThat(talks).extracting(ToolboxEntry::title)
			.contains("Impulsvortrag „Demografie vor Ort“ für Rat und Ausschüsse")
			.allSatisfy(t -> assertThat(t).startsWith("Impulsvortrag"));
	}

	@Test
	void moreGermanQueriesFindTheRightEntryFirst() {
		// inflections and compounds
		assertThat(titles("Hausbesuch").get(0)).isEqualTo("Präventive Hausbesuche für Ältere");
		assertThat(titles("Steuerungsgruppen").get(0)).isEqualTo("Steuerungsgruppe Demografie einrichten");
		assertThat(titles("Maßnahmensteckbrief").get(0)).isEqualTo("Maßnahmensteckbriefe für den Werkstattplan");
		assertThat(titles("Bürgerrates").get(0)).isEqualTo("Bürgerrat mit Losverfahren");
		// typos
		assertThat(titles("Mehrgenerationntreff").get(0)).isEqualTo("Mehrgenerationentreff als offener Begegnungsort");
		assertThat(titles("Verfügunsfonds").get(0)).isEqualTo("Verfügungsfonds für Kleinprojekte");
		assertThat(titles("Freiwiligenagentur").get(0)).isEqualTo("Freiwilligenagentur und Ehrenamtskoordination");
	}
}
