package de.daks.territory;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DaksIntegrationTest
class TerritorySearchIntegrationTests {

	@Autowired
	TerritoryManagement territory;

	@BeforeEach
	void territory() {
		territory.importGemeindeverzeichnis(TerritoryData.require(TerritoryData.GV100AD));
	}

	@Test
	void findsANameWithUmlautWrittenInAnyWay() {
		for (String query : new String[] { "Düren", "DÜREN", "dueren", "Duren" }) {
			// when
			var results = territory.search(query, 10);
			// then
			assertThat(results).as(query).isNotEmpty();
			assertThat(results.get(0).key()).as("exact name first: " + query).isEqualTo("05358");
			assertThat(results).extracting(Area::key).as(query).contains("053580008008");
		}
	}

	@Test
	void ranksPrefixBeforeSubstringAndLargerFirst() {
		// when
		var results = territory.search("flensburg", 10);
		// then
		assertThat(results.get(0).name()).startsWith("Flensburg");
		assertThat(results).extracting(Area::name).contains("Schleswig-Flensburg");
		int prefix = results.stream().map(Area::name).toList().indexOf("Flensburg, Stadt");
		int contains = results.stream().map(Area::name).toList().indexOf("Schleswig-Flensburg");
		assertThat(prefix).isLessThan(contains);
	}

	@Test
	void findsByAgsByArsPrefixAndByPostcode() {
		// when / then
		assertThat(territory.search("05358008", 5)).first().extracting(Area::key).isEqualTo("053580008008");
		assertThat(territory.search("053580008008", 5)).first().extracting(Area::key).isEqualTo("053580008008");
		assertThat(territory.search("05358", 200)).first().extracting(Area::key).isEqualTo("05358");
		assertThat(territory.search("05358", 200)).extracting(Area::key).allMatch(k -> k.startsWith("05358"));
		assertThat(territory.search("053", 500)).extracting(Area::key).contains("053", "05358");
		assertThat(territory.search("52349", 5)).extracting(Area::key).contains("053580008008");
	}

	@Test
	void emptyOrPunctuationOnlyQueriesFindNothing() {
		assertThat(territory.search("  ", 10)).isEmpty();
		assertThat(territory.search("%_", 10)).isEmpty();
	}
}
