package de.daks.indicators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.indicators.IndicatorService;
import de.daks.indicators.Indicators;
import de.daks.indicators.KonstanzRegister;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DaksIntegrationTest
class IndicatorsCommandTests {

	@Autowired
	IndicatorsCommand command;

	@Autowired
	IndicatorService indicators;

	@Test
	void argumentsArriveWithOrWithoutTheirOptionNames() {
		// the launcher drops "--area" etc.; the values are told apart by form
		assertThat(command.parse(List.of("08335043", "2025", "json")))
			.isEqualTo(new IndicatorsCommand.Arguments("08335043", 2025, "json"));
		assertThat(command.parse(List.of("--area", "DG", "--year", "2020")))
			.isEqualTo(new IndicatorsCommand.Arguments("DG", 2020, "csv"));
		assertThat(command.parse(List.of("2025"))).isNull();
		assertThat(command.parse(List.of("08335043", "2025", "xml"))).isNull();
	}

	@Test
	void usageErrorsAndAreasWithoutDataHaveTheirExitCodes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(command.run(List.of("2025"), new PrintStream(out))).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Usage: daks indicators --area <key>");
		assertThat(command.run(List.of("099999999999", "2025"), new PrintStream(new ByteArrayOutputStream())))
			.isEqualTo(1);
	}

	@Test
	void csvAndJsonCarryValueUnitIdAndTheNotComputable() {
		// given Konstanz 2025 computed from the register data
		KonstanzRegister.assumeAvailable();
		Indicators konstanz = indicators.computeFrom(KonstanzRegister.pyramid(2025), KonstanzRegister.AREA, 2025);
		// when
		String csv = command.csv(konstanz);
		String json = command.json(konstanz);
		// then
		assertThat(csv).startsWith("area,year,id,name,value,unit,calculation,datasets\n")
			.contains("08335043,2025,old_age_ratio,Old-age ratio,32.166676,per_100,17701 / 55029 × 100,"
					+ IndicatorService.GIVEN);
		assertThat(json).contains("\"id\" : \"old_age_ratio\"").contains("\"unit\" : \"per_100\"")
			.contains("\"notComputable\"").contains("\"reason\" : \"no-data\"");
	}
}
