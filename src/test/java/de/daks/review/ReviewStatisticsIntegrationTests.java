package de.daks.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.daks.DaksIntegrationTest;
import de.daks.plan.Goal;
import de.daks.plan.Plans;
import de.daks.shared.KommuneId;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.ImportResult;
import de.daks.statistics.StatisticsImports;
import de.daks.statistics.parse.ParseOptions;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A statistics goal: "now" and the series come from the indicators module, the trend from the imported years. */
@DaksIntegrationTest
class ReviewStatisticsIntegrationTests {

	@Autowired
	StatisticsImports imports;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	Plans plans;

	@Autowired
	Reviews reviews;

	@Test
	void theSeriesOfAStatisticsIndicatorIsComputedAndJudged() {
		// given: an area with a shrinking population (100 fewer a year), imported as canonical CSV
		String area = "0899" + String.valueOf(System.nanoTime() % 10000 + 10000).substring(1);
		int last = plans.today().getYear() - 1;
		StringBuilder csv = new StringBuilder("area,date,sex,age_from,age_to,value\n");
		for (int year = last - 7; year <= last; year++) {
			csv.append(area).append(',').append(year).append("-12-31,t,0,,").append(50_000 - 100 * (year - last + 7))
				.append('\n');
		}
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"cli:test", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
		try {
			ImportResult result = imports.importFile(new ImportRequest("bevoelkerung-" + area + ".csv",
					csv.toString().getBytes(StandardCharsets.UTF_8), null, ParseOptions.area(area), true, null, null,
					null));
			assertThat(result.success()).as(result.problems().toString()).isTrue();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		KommuneId kommune = kommunen.create(new NewKommune("Statistikstadt " + UUID.randomUUID(), KommuneKind.STADT,
				List.of(area), "08", null, null, null, true));
		long field = plans.addField(kommune, "Bevölkerung");
		plans.addGoal(kommune, new Goal(0, field, "Einwohnerzahl halten", true, "population", "Einwohner", "Personen",
				new BigDecimal("49500"), new BigDecimal("49600"), LocalDate.of(last + 3, 12, 31)));
		plans.publish(kommune, LocalDate.of(last, 6, 30), "Ratsbeschluss", "Test");

		// when
		long id = reviews.start(kommune, 1, "Test");
		GoalFacts goal = reviews.facts(reviews.review(kommune, id)).goals().get(0);

		// then: the years from five before the decision on, now = the latest year, trend −100 a year: behind
		assertThat(goal.statistic()).isTrue();
		assertThat(goal.source()).isEqualTo(area);
		assertThat(goal.points()).extracting(p -> p.date().getYear()).containsExactly(last - 5, last - 4, last - 3,
				last - 2, last - 1, last);
		Trend.Result trend = goal.trend();
		assertThat(trend.latest().value()).isEqualTo(49_300);
		assertThat(trend.latest().date()).isEqualTo(LocalDate.of(last, 12, 31));
		assertThat(trend.line().slopePerYear()).isCloseTo(-100, within(0.2));
		assertThat(trend.verdict()).isEqualTo(Trend.Verdict.BEHIND);
	}
}
