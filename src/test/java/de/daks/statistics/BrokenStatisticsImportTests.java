package de.daks.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.statistics.parse.BrokenVariants;
import de.daks.statistics.parse.ParseOptions;
import de.daks.statistics.parse.StatisticsData;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Importing the damaged copies of the real files (see {@link BrokenVariants}) stores nothing, even with warnings
 * accepted; and every format's real file imports with all its values.
 */
@DaksIntegrationTest
@WithMockUser(username = "cli:test", authorities = CommandDispatcher.OPERATOR_AUTHORITY)
class BrokenStatisticsImportTests {

	@Autowired
	StatisticsImports imports;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> variants() {
		return BrokenVariants.SAMPLES.stream().flatMap(sample -> Arrays.stream(BrokenVariants.Kind.values())
			.filter(kind -> BrokenVariants.applies(sample, kind)).map(kind -> Arguments.of(sample, kind)));
	}

	static Stream<BrokenVariants.Sample> samples() {
		return BrokenVariants.SAMPLES.stream();
	}

	private long observations() {
		return jdbc.sql("select count(*) from statistics_observation").query(Long.class).single();
	}

	private long datasets() {
		return jdbc.sql("select count(*) from statistics_dataset").query(Long.class).single();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("variants")
	void aDamagedFileStoresNothing(BrokenVariants.Sample sample, BrokenVariants.Kind kind) throws Exception {
		// given a damaged copy of a real file
		BrokenVariants.Variant variant = BrokenVariants.make(sample, kind);
		long observationsBefore = observations();
		long datasetsBefore = datasets();
		ImportRequest request = new ImportRequest(sample.fileName(), variant.content(), null, sample.options(), false,
				null, null, null);
		// when it is imported without and with acceptance of its warnings
		ImportResult plain = imports.importFile(request);
		boolean onlyWarnings = kind == BrokenVariants.Kind.MISSING_FOOTER
				|| kind == BrokenVariants.Kind.UTF8_READ_AS_LATIN1
				|| (kind == BrokenVariants.Kind.TRUNCATED_AT_LINE_END && sample.name().equals("classic"));
		// then nothing is stored without acceptance; with it only files with nothing but warnings are stored
		assertThat(plain.status()).isIn(ImportResult.Status.REFUSED, ImportResult.Status.NEEDS_ACCEPTANCE);
		assertThat(plain.problems()).isNotEmpty();
		assertThat(observations()).isEqualTo(observationsBefore);
		assertThat(datasets()).isEqualTo(datasetsBefore);
		if (!onlyWarnings) {
			ImportResult accepted = imports.importFile(request.acceptingWarnings());
			assertThat(accepted.status()).isEqualTo(ImportResult.Status.REFUSED);
			assertThat(accepted.problems()).anyMatch(p -> p.error() && p.line() == variant.line());
			assertThat(observations()).isEqualTo(observationsBefore);
			assertThat(datasets()).isEqualTo(datasetsBefore);
			String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(variant.content()));
			assertThat(jdbc.sql("select count(*) from statistics_dataset where sha256 = ?").param(sha)
				.query(Long.class).single()).isZero();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void theRealFileOfEachFormatImportsWithAllItsValues(BrokenVariants.Sample sample) throws Exception {
		// given the intact real file (imported before by another run on the same database: then it is unchanged)
		byte[] content = sample.bytes();
		StatisticsData.require(sample.path());
		ImportRequest request = new ImportRequest(sample.fileName(), content, null, sample.options(), true, null,
				null, null);
		int parsed = imports.check(request).observations().size();
		// when
		ImportResult result = imports.importFile(request);
		// then every value is stored under the dataset
		assertThat(result.success()).isTrue();
		assertThat(result.rows()).isEqualTo(parsed).isPositive();
		assertThat(jdbc.sql("select count(*) from statistics_observation where dataset_id = ?")
			.param(result.dataset().value()).query(Long.class).single()).isEqualTo(parsed);
	}
}
