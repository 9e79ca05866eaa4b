package de.daks.programme;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code daks bench synopse} on a small programme; {@code -Ddaks.bench.synopse.kommunen=400} runs the full benchmark
 * in the test database (H2 in memory) where the packaged jar is not at hand.
 */
@DaksIntegrationTest
class SynopseBenchCommandIntegrationTests {

	@Autowired
	SynopseBenchCommand bench;

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	de.daks.funding.FundingManagement funding;

	@Test
	void timesEveryTableAndTheExportOfASyntheticProgramme() {
		String kommunen = System.getProperty("daks.bench.synopse.kommunen", "5");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int exit = bench.run(List.of("--kommunen", kommunen, "--runs", System.getProperty("daks.bench.synopse.runs", "3")),
				new PrintStream(bytes, true, StandardCharsets.UTF_8));
		String out = bytes.toString(StandardCharsets.UTF_8);
		System.out.println(out);
		assertThat(exit).isZero();
		assertThat(out).contains("with " + kommunen + " synthetic Kommunen").contains("funding").contains("xlsx export");
		ProgrammeId programme = programmes.findByShortName(SynopseBenchCommand.SHORT_NAME).orElseThrow().id();
		de.daks.shared.KommuneId first = programmes.kommunenOf(programme).get(0);
		assertThat(funding.bookings(programme, first)).as("the funding module booked the synthetic money").hasSize(2);
		assertThat(bench.run(List.of("--runs", "1"), new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
	}
}
