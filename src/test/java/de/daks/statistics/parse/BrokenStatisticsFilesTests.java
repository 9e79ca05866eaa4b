package de.daks.statistics.parse;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.statistics.ParseProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damaged copies of the real files (made here, never stored): each is reported with the line and the reason, never
 * with a parser crash. Documented acceptances: a classic file cut at a line end or without its footer gives the warning
 * {@code missing-footer} (the importing user must accept it; the values read are intact); a flat, quarter or canonical
 * file cut at a line end is a valid shorter file and cannot be told apart from one.
 */
@Tag("no-database")
class BrokenStatisticsFilesTests {

	static Stream<Arguments> variants() {
		return BrokenVariants.SAMPLES.stream().flatMap(sample -> Arrays.stream(BrokenVariants.Kind.values())
			.filter(kind -> BrokenVariants.applies(sample, kind)).map(kind -> Arguments.of(sample, kind)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("variants")
	void aDamagedFileIsReportedWithLineAndReason(BrokenVariants.Sample sample, BrokenVariants.Kind kind)
			throws IOException {
		// given a damaged copy of a real file
		BrokenVariants.Variant variant = BrokenVariants.make(sample, kind);
		// when it is read as it comes
		ParsedFile parsed = StatisticsParsers.parse(sample.fileName(), variant.content(), null, sample.options());
		// then the parser did not fail, and the damaged line is named with its reason
		assertThat(parsed.format()).isEqualTo(sample.format());
		assertThat(parsed.problems()).extracting(ParseProblem::code).doesNotContain("unreadable");
		switch (kind) {
			case MISSING_FOOTER, TRUNCATED_AT_LINE_END -> {
				if (sample.format() == FileFormat.CLASSIC) {
					assertThat(parsed.errors()).isEmpty();
					assertThat(parsed.warnings()).extracting(ParseProblem::line, ParseProblem::code)
						.containsExactly(org.assertj.core.groups.Tuple.tuple(variant.line(), "missing-footer"));
					assertThat(parsed.metadata().licence()).isNull();
				}
				else {
					assertThat(parsed.errors()).extracting(ParseProblem::line, ParseProblem::code)
						.containsExactly(org.assertj.core.groups.Tuple.tuple(variant.line(), "ends-early"));
				}
			}
			case TRUNCATED -> assertThat(parsed.errors()).isNotEmpty().anyMatch(p -> p.line() == variant.line());
			case SHIFTED_COLUMNS -> assertThat(parsed.errors()).isNotEmpty().anyMatch(p -> p.line() == variant.line());
			case TEXT_IN_NUMBER -> assertThat(parsed.errors()).extracting(ParseProblem::line, ParseProblem::code)
				.contains(org.assertj.core.groups.Tuple.tuple(variant.line(), "not-a-number"));
			case NEGATIVE_COUNT -> assertThat(parsed.errors()).extracting(ParseProblem::line, ParseProblem::code)
				.contains(org.assertj.core.groups.Tuple.tuple(variant.line(), "negative-value"));
			case DUPLICATE_CELLS -> assertThat(parsed.errors()).isNotEmpty()
				.allMatch(p -> p.line() == variant.line() && (p.code().equals("duplicate-cell")
						|| p.code().equals("age-gap")));
			case UTF8_READ_AS_LATIN1 -> assertThat(parsed.problems().get(0)).extracting(ParseProblem::line,
					ParseProblem::code, ParseProblem::error).containsExactly(variant.line(), "encoding-suspect", false);
			case LATIN1_READ_AS_UTF8 -> assertThat(parsed.problems().get(0)).extracting(ParseProblem::line,
					ParseProblem::code, ParseProblem::error).containsExactly(variant.line(), "encoding-damaged", true);
		}
		if (kind != BrokenVariants.Kind.MISSING_FOOTER) {
			assertThat(variant.line()).isPositive();
		}
	}

	@Test
	void aClassicFileReadsTheSameInIsoLatin1AndInUtf8WithOrWithoutBom() throws IOException {
		// given the ISO-8859-1 original and correct UTF-8 conversions of it
		BrokenVariants.Sample classic = BrokenVariants.SAMPLES.get(0);
		byte[] latin1 = classic.bytes();
		String text = new String(latin1, StandardCharsets.ISO_8859_1);
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
		// when each is read
		ParsedFile original = StatisticsParsers.parse(classic.fileName(), latin1, null, ParseOptions.NONE);
		// then all three give the same values and metadata, with no encoding warning
		for (byte[] converted : new byte[][] { utf8, bom }) {
			ParsedFile parsed = StatisticsParsers.parse(classic.fileName(), converted, null, ParseOptions.NONE);
			assertThat(parsed.problems()).isEqualTo(original.problems()).isEmpty();
			assertThat(parsed.observations()).isEqualTo(original.observations()).hasSize(3840);
			assertThat(parsed.metadata()).isEqualTo(original.metadata());
		}
	}
}
