package de.daks.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.ImportResult;
import de.daks.statistics.StatisticsImports;
import de.daks.statistics.parse.ParseOptions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Cached indicator values are forgotten when a statistics import commits (the newest dataset wins per cell). */
@DaksIntegrationTest
class IndicatorCacheIntegrationTests {

	@Autowired
	IndicatorService indicators;

	@Autowired
	StatisticsImports imports;

	@BeforeEach
	void operator() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"cli:test", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aNewImportReplacesACachedValue() {
		// given a population of 1,000 of an area no other test uses, computed once (and so cached)
		importTotal("cache-1.csv", 1000);
		assertThat(population()).isEqualTo(1000);

		// when a newer dataset of the same cell is imported
		importTotal("cache-2.csv", 1250);

		// then the indicator shows the new value, not the cached one
		assertThat(population()).isEqualTo(1250);
	}

	private double population() {
		return indicators.compute("01999999", 2047).value("population").orElseThrow().value();
	}

	private void importTotal(String name, int value) {
		String csv = "area,date,sex,age_from,age_to,value\n01999999,2047-12-31,t,0,," + value + "\n";
		ImportResult result = imports.importFile(new ImportRequest(name, csv.getBytes(StandardCharsets.UTF_8), null,
				ParseOptions.NONE, true, null, null, null));
		assertThat(result.success()).as(result.problems().toString()).isTrue();
	}
}
