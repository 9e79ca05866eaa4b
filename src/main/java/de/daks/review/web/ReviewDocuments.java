package de.daks.review.web;

import de.daks.plan.PlanVersion;
import de.daks.plan.Snapshot;
import de.daks.reporting.Chart;
import de.daks.reporting.DataTable;
import de.daks.reporting.ReportBlock;
import de.daks.reporting.ReportDocument;
import de.daks.review.Continuation;
import de.daks.review.Decision;
import de.daks.review.DecisionKind;
import de.daks.review.GoalFacts;
import de.daks.review.MeasureFacts;
import de.daks.review.Reflection;
import de.daks.review.ReflectionCategory;
import de.daks.review.Review;
import de.daks.review.ReviewFacts;
import de.daks.review.Reviews;
import de.daks.review.SurveyAggregate;
import de.daks.review.Trend;
import de.daks.territory.Kommune;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report of a review as a {@link ReportDocument} (ADR 0007): the web page, the tagged PDF and the DOCX show
 * the same blocks – goals with trend (table and one chart per goal), measures planned against actual, reflection,
 * survey, decisions, Verstetigung.
 */
@Component
class ReviewDocuments {

	/** Everything the report shows, read in one go. */
	record Contents(Kommune kommune, Review review, PlanVersion version, ReviewFacts facts,
			Map<ReflectionCategory, Reflection> reflections, SurveyAggregate survey, List<Decision> decisions,
			Map<String, Continuation> continuations) {
	}

	private final Reviews reviews;

	private final ReviewWebSupport support;

	private final MessageSource messages;

	ReviewDocuments(Reviews reviews, ReviewWebSupport support, MessageSource messages) {
		this.reviews = reviews;
		this.support = support;
		this.messages = messages;
	}

	Contents contents(Kommune kommune, Review review) {
		return new Contents(kommune, review, reviews.version(review), reviews.facts(review),
				reviews.reflections(review), reviews.surveyAggregate(review), reviews.decisions(review),
				reviews.continuations(review));
	}

	ReportDocument document(Contents c, Locale locale) {
		List<ReportBlock> blocks = new ArrayList<>();
		if (c.kommune().synthetic()) {
			blocks.add(new ReportBlock.Note(msg("layout.synthetic", locale)));
		}
		Review r = c.review();
		blocks.add(new ReportBlock.Paragraph(msg("review.report.meta", locale, r.versionNumber(),
				ReviewFormats.date(c.version().decidedOn()), c.version().decisionRef(), ReviewFormats.dateTime(r.startedAt()),
				r.startedBy())));
		blocks.add(new ReportBlock.Paragraph(r.completed()
				? msg("review.report.completed", locale, ReviewFormats.dateTime(r.completedAt()), r.completedBy())
				: msg("review.report.open", locale)));
		blocks.add(new ReportBlock.Paragraph(msg(c.facts().frozen() ? "review.facts.frozen" : "review.facts.live", locale,
				ReviewFormats.date(c.facts().asOf()))));
		goals(blocks, c, locale);
		measures(blocks, c, locale);
		reflection(blocks, c, locale);
		survey(blocks, c, locale);
		decisions(blocks, c, locale);
		continuation(blocks, c, locale);
		return new ReportDocument(msg("review.report.document.title", locale, r.versionNumber()), locale,
				c.kommune().name(), blocks);
	}

	private void goals(List<ReportBlock> blocks, Contents c, Locale locale) {
		blocks.add(new ReportBlock.Heading(1, msg("review.goals", locale)));
		List<GoalFacts> goals = c.facts().goals();
		if (goals.isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(msg("review.goals.none", locale)));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (GoalFacts g : goals) {
			Trend.Result t = g.trend();
			String unit = g.unit() == null ? "" : " " + g.unit();
			rows.add(List.of(g.title(), g.indicator() + (g.statistic() ? " (" + msg("review.goal.automatic", locale) + ")" : ""),
					ReviewFormats.number(g.baseline()) + (g.baseline() == null ? "" : unit),
					t.latest() == null ? "–"
							: ReviewFormats.number(t.latest().value()) + unit + " (" + ReviewFormats.date(t.latest().date()) + ")",
					ReviewFormats.number(g.target()) + (g.target() == null ? "" : unit) + " ("
							+ ReviewFormats.date(g.targetDate()) + ")",
					t.projected() == null ? "–" : ReviewFormats.number(t.projected()) + unit,
					msg(t.verdict().messageKey(), locale)));
		}
		blocks.add(new ReportBlock.Table(new DataTable(msg("review.goals.caption", locale),
				headers(locale, "review.goal", "review.goal.indicator", "review.goal.baseline", "review.goal.now",
						"review.goal.target", "review.goal.projected", "review.goal.verdict"),
				rows, null)));
		for (GoalFacts g : goals) {
			Chart chart = support.chart(g, locale);
			if (chart != null) {
				blocks.add(new ReportBlock.Figure(chart));
			}
		}
	}

	private void measures(List<ReportBlock> blocks, Contents c, Locale locale) {
		blocks.add(new ReportBlock.Heading(1, msg("review.measures", locale)));
		List<MeasureFacts> measures = c.facts().measures();
		if (measures.isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(msg("review.measures.none", locale)));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (MeasureFacts m : measures) {
			rows.add(List.of(m.title(), m.fieldTitle(),
					ReviewFormats.period(m.plannedStart(), m.plannedEnd()),
					ReviewFormats.period(m.actualStart(), m.actualEnd()),
					ReviewFormats.days(m.startDelay()) + " / " + ReviewFormats.days(m.endDelay()),
					msg("plan.status." + m.status().name(), locale)
							+ (m.statusReason() == null ? "" : " (" + m.statusReason() + ")"),
					m.progress() + " %", ReviewFormats.money(m.budget()),
					ReviewFormats.money(m.spent()) + (m.spentPercent() == null ? "" : " (" + m.spentPercent() + " %)")));
		}
		blocks.add(new ReportBlock.Table(new DataTable(msg("review.measures.caption", locale),
				headers(locale, "review.measure", "review.measure.field", "review.measure.planned",
						"review.measure.actual", "review.measure.delay", "review.measure.status",
						"review.measure.progress", "review.measure.budget", "review.measure.spent"),
				rows, null)));
		blocks.add(new ReportBlock.Note(msg("review.measure.delay.hint", locale)));
	}

	private void reflection(List<ReportBlock> blocks, Contents c, Locale locale) {
		blocks.add(new ReportBlock.Heading(1, msg("review.reflection", locale)));
		if (c.reflections().isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(msg("review.reflection.none", locale)));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (ReflectionCategory cat : ReflectionCategory.values()) {
			Reflection r = c.reflections().get(cat);
			if (r == null) {
				continue;
			}
			rows.add(List.of(msg(cat.messageKey(), locale), or(r.helped()), rating(r.helpedRating()), or(r.hindered()),
					rating(r.hinderedRating())));
		}
		blocks.add(new ReportBlock.Table(new DataTable(msg("review.reflection.caption", locale),
				headers(locale, "review.reflection.category", "review.reflection.helped",
						"review.reflection.helpedRating", "review.reflection.hindered",
						"review.reflection.hinderedRating"),
				rows, null)));
	}

	private void survey(List<ReportBlock> blocks, Contents c, Locale locale) {
		blocks.add(new ReportBlock.Heading(1, msg("review.survey", locale)));
		SurveyAggregate s = c.survey();
		if (s.invited() == 0) {
			blocks.add(new ReportBlock.Paragraph(msg("review.survey.none", locale)));
			return;
		}
		blocks.add(new ReportBlock.Paragraph(msg("review.survey.counts", locale, s.invited(), s.answered())));
		if (s.answered() == 0) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> texts = new ArrayList<>();
		for (SurveyAggregate.Category cat : s.categories()) {
			String name = msg(cat.category().messageKey(), locale);
			rows.add(List.of(name, String.valueOf(cat.answers()), average(cat.helpedAverage(), cat.helpedRatings(), locale),
					average(cat.hinderedAverage(), cat.hinderedRatings(), locale)));
			cat.helped().forEach(t -> texts.add(List.of(name, msg("review.reflection.helped", locale), t)));
			cat.hindered().forEach(t -> texts.add(List.of(name, msg("review.reflection.hindered", locale), t)));
		}
		blocks.add(new ReportBlock.Table(new DataTable(msg("review.survey.caption", locale),
				headers(locale, "review.reflection.category", "review.survey.answers", "review.survey.helpedAverage",
						"review.survey.hinderedAverage"),
				rows, null)));
		if (!texts.isEmpty()) {
			blocks.add(new ReportBlock.Table(new DataTable(msg("review.survey.texts", locale),
					headers(locale, "review.reflection.category", "review.survey.kind", "review.survey.text"), texts,
					null)));
		}
		blocks.add(new ReportBlock.Note(msg("review.survey.anonymous", locale)));
	}

	private void decisions(List<ReportBlock> blocks, Contents c, Locale locale) {
		blocks.add(new ReportBlock.Heading(1, msg("review.decisions", locale)));
		if (c.decisions().isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(msg("review.decisions.none", locale)));
			return;
		}
		Map<String, Snapshot.Item> items = c.version().snapshot().byKey();
		List<List<String>> rows = new ArrayList<>();
		for (Decision d : c.decisions()) {
			String title = d.kind() == DecisionKind.NEW ? or(d.title())
					: items.containsKey(d.measureKey()) ? items.get(d.measureKey()).title() : or(d.measureKey());
			rows.add(List.of(title, msg(d.kind().messageKey(), locale), details(d, items, locale)));
		}
		blocks.add(new ReportBlock.Table(new DataTable(msg("review.decisions.caption", locale),
				headers(locale, "review.measure", "review.decision", "review.decision.details"), rows, null)));
		Review r = c.review();
		if (r.decisionsApplied()) {
			blocks.add(new ReportBlock.Paragraph(msg("review.decisions.applied", locale,
					ReviewFormats.dateTime(r.appliedAt()), r.appliedBy())));
		}
		if (r.publishedVersion() != null) {
			blocks.add(new ReportBlock.Paragraph(msg("review.decisions.published", locale, r.publishedVersion())));
		}
	}

	/** What a decision changes, in one line. */
	String details(Decision d, Map<String, Snapshot.Item> items, Locale locale) {
		List<String> parts = new ArrayList<>();
		switch (d.kind()) {
			case STOP -> parts.add(msg("review.decision.reasonShort", locale) + ": " + d.reason());
			case CHANGE, NEW -> {
				if (d.kind() == DecisionKind.NEW && d.fieldKey() != null && items.containsKey(d.fieldKey())) {
					parts.add(msg("review.measure.field", locale) + ": " + items.get(d.fieldKey()).title());
				}
				if (d.kind() == DecisionKind.CHANGE && d.title() != null) {
					parts.add(msg("review.decision.title", locale) + ": " + d.title());
				}
				if (d.responsible() != null) {
					parts.add(msg("review.decision.responsible", locale) + ": " + d.responsible());
				}
				if (d.start() != null) {
					parts.add(msg("review.decision.start", locale) + ": " + ReviewFormats.date(d.start()));
				}
				if (d.end() != null) {
					parts.add(msg("review.decision.end", locale) + ": " + ReviewFormats.date(d.end()));
				}
				if (d.budget() != null) {
					parts.add(msg("review.decision.budget", locale) + ": " + ReviewFormats.money(d.budget()));
				}
				if (d.description() != null) {
					parts.add(msg("review.decision.description", locale) + ": " + d.description());
				}
			}
			default -> {
			}
		}
		return parts.isEmpty() ? "–" : String.join("; ", parts);
	}

	private void continuation(List<ReportBlock> blocks, Contents c, Locale locale) {
		blocks.add(new ReportBlock.Heading(1, msg("review.continuation", locale)));
		Review r = c.review();
		blocks.add(new ReportBlock.Paragraph(msg("review.continuation.nextReview", locale) + ": "
				+ ReviewFormats.date(r.nextReviewOn())));
		if (r.continuationNote() != null) {
			blocks.add(new ReportBlock.Paragraph(r.continuationNote()));
		}
		if (c.continuations().isEmpty()) {
			blocks.add(new ReportBlock.Paragraph(msg("review.continuation.none", locale)));
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (MeasureFacts m : c.facts().measures()) {
			Continuation k = c.continuations().get(m.key());
			if (k == null) {
				continue;
			}
			rows.add(List.of(m.title(), msg(k.continues() ? "review.yes" : "review.no", locale), or(k.carrier()),
					or(k.financing()),
					k.anchoring().isEmpty() && k.anchoringNote() == null ? "–"
							: k.anchoring().stream().sorted().map(a -> msg(a.messageKey(), locale))
								.collect(Collectors.joining(", "))
									+ (k.anchoringNote() == null ? "" : (k.anchoring().isEmpty() ? "" : "; ") + k.anchoringNote())));
		}
		blocks.add(new ReportBlock.Table(new DataTable(msg("review.continuation.caption", locale),
				headers(locale, "review.measure", "review.continuation.continues", "review.continuation.carrier",
						"review.continuation.financing", "review.continuation.anchoring"),
				rows, null)));
	}

	static String fileName(Review review, String extension) {
		return "Zwischenbilanz-Version-" + review.versionNumber() + "." + extension;
	}

	private String average(@Nullable Double average, int count, Locale locale) {
		return average == null ? "–" : msg("review.survey.average", locale, ReviewFormats.number(average), count);
	}

	private static String rating(@Nullable Integer rating) {
		return rating == null ? "–" : rating + " / 5";
	}

	private List<String> headers(Locale locale, String... keys) {
		return Arrays.stream(keys).map(k -> msg(k, locale)).toList();
	}

	private static String or(@Nullable String value) {
		return value == null || value.isBlank() ? "–" : value;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
