package de.daks.programme.demo;

import de.daks.plan.Plans;
import de.daks.review.Decision;
import de.daks.review.DecisionKind;
import de.daks.review.GoalFacts;
import de.daks.review.MeasureEntry;
import de.daks.review.MeasureFacts;
import de.daks.review.Reflection;
import de.daks.review.ReflectionCategory;
import de.daks.review.Review;
import de.daks.review.Reviews;
import de.daks.shared.KommuneId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An open Zwischenbilanz for the Kreis Düren when the demo has published its Werkstattplan: a current value of a
 * manual goal, spending, the team's reflection in three categories and decisions waiting to be applied – so that a
 * visitor can apply them, publish the next version and complete the review.
 */
@Component
@Order(7)
class ReviewDemo implements DemoContributor {

	private static final String AUTHOR = "Dana Demografie";

	private final Plans plans;

	private final Reviews reviews;

	ReviewDemo(Plans plans, Reviews reviews) {
		this.plans = plans;
		this.reviews = reviews;
	}

	@Override
	public void afterKommunen(Context context) {
		KommuneId k = context.dueren();
		if (plans.latestVersion(k).isEmpty() || reviews.openReview(k).isPresent()) {
			return;
		}
		long id = reviews.start(k, plans.latestVersion(k).get().number(), AUTHOR);
		Review review = reviews.review(k, id);
		List<GoalFacts> goals = reviews.facts(review).goals();
		if (!goals.isEmpty() && !goals.get(0).statistic()) {
			reviews.addGoalValue(k, id, goals.get(0).key(), new BigDecimal("210"), plans.today(),
					"Teilnehmendenlisten Generationencafé", AUTHOR);
		}
		List<MeasureFacts> measures = reviews.facts(review).measures();
		for (MeasureFacts m : measures) {
			if (m.budget() != null && m.progress() > 0) {
				reviews.saveMeasureEntry(k, id, new MeasureEntry(m.key(),
						m.budget().multiply(new BigDecimal("0.45")).setScale(2, java.math.RoundingMode.HALF_UP), null,
						null, "laut Kämmerei"));
			}
		}
		reviews.saveReflections(k, id, List.of(
				new Reflection(ReflectionCategory.NETWORKING, "Seniorenbeirat und Jugendring planen gemeinsam.", 4,
						null, null),
				new Reflection(ReflectionCategory.STAFF_CAPACITY, null, null,
						"Die Koordinationsstelle war sechs Monate unbesetzt.", 5),
				new Reflection(ReflectionCategory.POLITICAL_BACKING, "Der Kreistag hat den Plan einstimmig beschlossen.",
						5, "Wenig Rückmeldung aus den Ausschüssen.", 2)),
				AUTHOR);
		for (MeasureFacts m : measures) {
			Decision decision = switch (m.status()) {
				case PAUSED -> new Decision(0, m.key(), DecisionKind.CHANGE, null, null, null, null, null,
						m.plannedEnd() == null ? null : m.plannedEnd().plusMonths(6), null, null, null, AUTHOR,
						Instant.now());
				case IN_PROGRESS -> new Decision(0, m.key(), DecisionKind.CONTINUE, null, null, null, null, null, null,
						null, null, null, AUTHOR, Instant.now());
				default -> null;
			};
			if (decision != null && (decision.kind() != DecisionKind.CHANGE || decision.end() != null)) {
				reviews.decide(k, id, decision);
			}
		}
		if (!measures.isEmpty()) {
			reviews.decide(k, id, new Decision(0, null, DecisionKind.NEW, null, "Mitfahrbänke in den Ortsteilen",
					"Statt einer App: Bänke an den Ortsausgängen, an denen Mitfahrende warten.", "Ordnungsamt",
					plans.today().plusMonths(2), plans.today().plusMonths(14), new BigDecimal("4800"),
					measures.get(0).fieldKey(), null, AUTHOR, Instant.now()));
		}
	}
}
