package de.daks.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.statistics.parse.StatisticsData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@code daks import} prints the values parsed and the values stored with the percentage. */
@DaksIntegrationTest
class ImportStatisticsCommandTests {

	@Autowired
	ImportStatisticsCommand command;

	@Autowired
	JdbcClient jdbc;

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
	void printsProgressWhileImporting() throws Exception {
		// given the real Konstanz register extract of 2020, not imported yet in this database
		Path file = StatisticsData.require(StatisticsData.KONSTANZ_PYRAMIDS.resolve("pyramide_2020.csv"));
		jdbc.sql("delete from statistics_dataset where sha256 = :sha")
			.param("sha", ImportRunner.sha256(Files.readAllBytes(file))).update();
		long rows = Files.readAllLines(file).stream().skip(1).filter(l -> !l.isBlank()).count() * 3; // m, f and t per age
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		// when it is imported on the command line
		int exit = command.run(List.of(file.toString(), "--accept-warnings"),
				new PrintStream(buffer, true, StandardCharsets.UTF_8));
		// then the progress names the values parsed, then stored from 0 to 100 %
		String output = buffer.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(output).isZero();
		assertThat(output).contains("  reading …\n", "  parsed " + rows + " values\n",
				"  stored 0/" + rows + " values (0 %)\n", "  stored " + rows + "/" + rows + " values (100 %)\n",
				"Imported " + file);
		assertThat(output.indexOf("parsed")).isLessThan(output.indexOf("stored 0/"));
	}
}
