package de.daks.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.statistics.parse.StatisticsData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code daks bench import}: runs against PostgreSQL and leaves nothing behind; refuses other databases. */
@DaksIntegrationTest
class ImportBenchCommandTests {

	@Autowired
	CommandDispatcher dispatcher;

	@Autowired
	StatisticsRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Test
	void benchImportsAndCopiesTheSameRowsAndCleansUp() {
		// given a small real classic file and the datasets before
		String file = StatisticsData.require(StatisticsData.GENESIS
			.resolve("gkalvelage-nrw-wahlanalyse-2022/12411-04-02-4-B.csv")).toString();
		long datasets = jdbc.sql("select count(*) from statistics_dataset").query(Long.class).single();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		// when the bench runs once
		int code = dispatcher.dispatch(new String[] { "bench", "import", "--file", file, "--runs", "1" },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		// then on PostgreSQL it prints both rates and their ratio; elsewhere it says what it needs
		if (repository.isPostgres()) {
			assertThat(code).as(printed + err).isZero();
			assertThat(printed).contains("240 rows (classic)").containsPattern("median of 1 runs: import [\\d,]+ "
					+ "rows/s, COPY [\\d,]+ rows/s, ratio \\d+\\.\\d\\d");
		}
		else {
			assertThat(code).isEqualTo(2);
			assertThat(printed).contains("needs PostgreSQL");
		}
		assertThat(jdbc.sql("select count(*) from statistics_dataset").query(Long.class).single()).isEqualTo(datasets);
	}
}
