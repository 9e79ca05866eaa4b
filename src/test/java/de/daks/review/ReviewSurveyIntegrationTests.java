package de.daks.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.DaksIntegrationTest;
import de.daks.TestMail;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.plan.Goal;
import de.daks.plan.Plans;
import de.daks.process.KickOffManagement;
import de.daks.process.ProcessActor;
import de.daks.process.ProcessFixtures;
import de.daks.process.StakeholderCategory;
import de.daks.process.StakeholderDetails;
import de.daks.process.StakeholderId;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The stakeholder survey: personal links by e-mail (GreenMail), the public page without an account, one answer per
 * link, expiry and completion, anonymous aggregation; only the hash of a token is stored.
 */
@DaksIntegrationTest
class ReviewSurveyIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/zwischenbilanz/umfrage/([A-Za-z0-9_-]+))");

	@Autowired
	MockMvc mvc;

	@Autowired
	Plans plans;

	@Autowired
	Reviews reviews;

	@Autowired
	KickOffManagement kickOff;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	JdbcClient jdbc;

	KommuneId kommune;

	DaksPrincipal member;

	String review;

	long reviewId;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Umfragestadt");
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
		long field = plans.addField(kommune, "Teilhabe");
		plans.addGoal(kommune, new Goal(0, field, "Mehr Teilhabe", false, null, "Besuche", null, BigDecimal.ONE,
				BigDecimal.TEN, plans.today().plusYears(1)));
		plans.publish(kommune, plans.today(), "Beschluss 1", "Test");
		reviewId = reviews.start(kommune, 1, "Test");
		review = "/kommunen/" + kommune + "/zwischenbilanz/" + reviewId;
	}

	private StakeholderId stakeholder(String organisation, String person, String email) {
		return kickOff.addStakeholder(kommune, new StakeholderDetails(organisation, person, null, email, null,
				StakeholderCategory.VERBAENDE_VEREINE, true, true), ProcessActor.system());
	}

	@Test
	void stakeholdersAnswerOnceByTheirPersonalLinkAndTheTeamSeesOnlyTheAggregate() throws Exception {
		// given: three stakeholders, one without e-mail address
		String run = ProcessFixtures.random();
		String annaMail = "anna-" + run + "@test.invalid";
		String bertMail = "bert-" + run + "@test.invalid";
		StakeholderId anna = stakeholder("Seniorenbeirat", "Anna Albers", annaMail);
		StakeholderId bert = stakeholder("Sportverein", "Bert Brandt", bertMail);
		StakeholderId none = stakeholder("Heimatverein", null, null);

		// when: someone without an e-mail address is chosen, nothing is sent
		mvc.perform(post(review + "/umfrage").param("stakeholder", anna.toString(), none.toString())
				.with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.noEmail"));
		assertThat(TestMail.mailsTo(greenMail, annaMail)).isEmpty();
		mvc.perform(post(review + "/umfrage").with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashError", "review.rule.noneSelected"));
		mvc.perform(post(review + "/umfrage").param("stakeholder", anna.toString(), bert.toString())
				.with(user(member)).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "review.survey.sent"));

		// then: each gets a personal German mail; only the SHA-256 of the token is stored
		List<MimeMessage> annaMails = TestMail.mailsTo(greenMail, annaMail);
		assertThat(annaMails).hasSize(1);
		assertThat(annaMails.get(0).getSubject()).startsWith("Zwischenbilanz Umfragestadt");
		String annaText = annaMails.get(0).getContent().toString();
		assertThat(annaText).contains("Guten Tag Anna Albers (Seniorenbeirat)", "gültig bis");
		Matcher annaLink = LINK.matcher(annaText);
		assertThat(annaLink.find()).isTrue();
		String token = annaLink.group(2);
		Matcher bertLink = LINK.matcher(TestMail.mailsTo(greenMail, bertMail).get(0).getContent().toString());
		assertThat(bertLink.find()).isTrue();
		assertThat(bertLink.group(2)).isNotEqualTo(token);
		List<String> stored = jdbc.sql("select token_hash from review_survey_invite where review_id = :r")
			.param("r", reviewId).query(String.class).list();
		assertThat(stored).hasSize(2).doesNotContain(token).contains(Reviews.hash(token));

		// the public page without account, the answer, and the link is used up
		String form = mvc.perform(get(annaLink.group(1))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("Zwischenbilanz Umfragestadt", "Politische Rückendeckung", "Was half?");
		mvc.perform(post(annaLink.group(1)).with(csrf())).andExpect(status().isUnprocessableEntity());
		mvc.perform(post(annaLink.group(1)).with(csrf()).param("helped-NETWORKING", "Runder Tisch Senioren")
				.param("helpedRating-NETWORKING", "5").param("hindered-POLITICAL_BACKING", "Wenig Interesse im Rat")
				.param("hinderedRating-POLITICAL_BACKING", "3"))
			.andExpect(status().isOk());
		mvc.perform(get(annaLink.group(1))).andExpect(status().isNotFound());
		mvc.perform(post(annaLink.group(1)).with(csrf()).param("helped-NETWORKING", "noch einmal"))
			.andExpect(status().isNotFound());
		mvc.perform(post(bertLink.group(1)).with(csrf()).param("helped-NETWORKING", "Ehrenamtsbörse")
				.param("helpedRating-NETWORKING", "2")).andExpect(status().isOk());

		// the aggregate: counts, average, texts – without names
		Review r = reviews.review(kommune, reviewId);
		SurveyAggregate aggregate = reviews.surveyAggregate(r);
		assertThat(aggregate.invited()).isEqualTo(2);
		assertThat(aggregate.answered()).isEqualTo(2);
		SurveyAggregate.Category networking = aggregate.categories().stream()
			.filter(c -> c.category() == ReflectionCategory.NETWORKING).findFirst().orElseThrow();
		assertThat(networking.answers()).isEqualTo(2);
		assertThat(networking.helpedAverage()).isEqualTo(3.5);
		assertThat(networking.helped()).containsExactly("Ehrenamtsbörse", "Runder Tisch Senioren");
		String teamPage = mvc.perform(get(review + "/umfrage").with(user(member))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(teamPage).contains("2 Akteure eingeladen, 2 haben geantwortet.", "Runder Tisch Senioren",
				"Wenig Interesse im Rat", "3,5 (aus 2)");
		List<Long> answerColumns = jdbc.sql("""
				select count(*) from information_schema.columns
				where lower(table_name) = 'review_survey_answer' and lower(column_name) like '%invite%'""")
			.query(Long.class).list();
		assertThat(answerColumns).containsExactly(0L);
	}

	@Test
	void aLinkStopsWorkingWhenItExpiresOrTheReviewIsCompleted() throws Exception {
		// given
		String run = ProcessFixtures.random();
		String carlMail = "carl-" + run + "@test.invalid";
		String doraMail = "dora-" + run + "@test.invalid";
		StakeholderId carl = stakeholder("Kirchengemeinde", "Carl Czech", carlMail);
		StakeholderId dora = stakeholder("Jugendring", "Dora Dietz", doraMail);
		reviews.invite(kommune, reviewId, List.of(carl, dora));
		String carlPath = path(carlMail);
		String doraPath = path(doraMail);
		mvc.perform(get(carlPath)).andExpect(status().isOk());

		// when: Carl's link expires
		jdbc.sql("update review_survey_invite set expires_at = :past where email = :e")
			.param("past", Timestamp.from(Instant.now().minusSeconds(60))).param("e", carlMail).update();
		// then
		mvc.perform(get(carlPath)).andExpect(status().isNotFound());
		mvc.perform(post(carlPath).with(csrf()).param("helped-NETWORKING", "spät")).andExpect(status().isNotFound());

		// when: the review is completed, Dora's link stops working too
		mvc.perform(get(doraPath)).andExpect(status().isOk());
		reviews.complete(kommune, reviewId, "Test");
		mvc.perform(get(doraPath)).andExpect(status().isNotFound());
		assertThat(reviews.surveyAggregate(reviews.review(kommune, reviewId)).answered()).isZero();
		mvc.perform(get("/zwischenbilanz/umfrage/unbekannt")).andExpect(status().isNotFound());
	}

	private String path(String email) throws Exception {
		Matcher m = LINK.matcher(TestMail.mailsTo(greenMail, email).get(0).getContent().toString());
		assertThat(m.find()).isTrue();
		return m.group(1);
	}
}
