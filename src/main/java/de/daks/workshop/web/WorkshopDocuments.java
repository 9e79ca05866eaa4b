package de.daks.workshop.web;

import de.daks.reporting.DataTable;
import de.daks.reporting.ReportBlock;
import de.daks.reporting.ReportDocument;
import de.daks.territory.Kommune;
import de.daks.workshop.Board;
import de.daks.workshop.Card;
import de.daks.workshop.Cluster;
import de.daks.workshop.Phase;
import de.daks.workshop.ProposedField;
import de.daks.workshop.ProposedMeasure;
import de.daks.workshop.VoteResult;
import de.daks.workshop.VoteSession;
import de.daks.workshop.Workshop;
import de.daks.workshop.Workshops;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The documentation of a workshop as a report document (PDF and DOCX through the reporting module, ADR 0007): all
 * visible cards by phase and cluster, the results of the closed votes, the number of guests (numbers only), the
 * proposed fields of action and measures.
 */
@Component
class WorkshopDocuments {

	private final Workshops workshops;

	private final MessageSource messages;

	WorkshopDocuments(Workshops workshops, MessageSource messages) {
		this.workshops = workshops;
		this.messages = messages;
	}

	/** The cards of a board's visible cards in one cluster (null: without a cluster, last). */
	record CardGroup(@Nullable Cluster cluster, List<Card> cards) {
	}

	/**
	 * The documentation; {@code forPublic} (the public page of the Kommune) leaves out personal data: the names of
	 * the moderators and the Kümmerer (nicknames are never in the documentation).
	 */
	ReportDocument document(Kommune kommune, Workshop workshop, List<String> otherFiles,
			List<ReportBlock.Image> photos, Locale locale, boolean forPublic) {
		List<ReportBlock> blocks = new ArrayList<>();
		if (kommune.synthetic()) {
			blocks.add(new ReportBlock.Note(msg("layout.synthetic", locale)));
		}
		blocks.add(new ReportBlock.Paragraph(msg("workshop.print.guests", locale, workshops.guestCount(workshop))));
		if (workshop.moderators() != null && !forPublic) {
			blocks.add(new ReportBlock.Paragraph(msg("workshop.field.moderators", locale) + ": "
					+ workshop.moderators()));
		}
		for (Phase phase : Phase.values()) {
			Board board = workshops.board(workshop, phase, false);
			blocks.add(new ReportBlock.Heading(1, msg("workshop.phase." + phase, locale)));
			if (board.cardCount() == 0) {
				blocks.add(new ReportBlock.Paragraph(msg("workshop.board.empty", locale)));
				continue;
			}
			for (CardGroup group : groups(board)) {
				List<List<String>> rows = group.cards().stream()
					.map(c -> List.of(c.text(), board.columns().isEmpty() ? ""
							: board.columns().get(Math.min(c.column(), board.columns().size() - 1)),
							msg("workshop.origin." + c.origin(), locale)))
					.toList();
				String title = group.cluster() == null ? msg("workshop.cluster.none", locale) : group.cluster().title();
				blocks.add(new ReportBlock.Table(new DataTable(title, List.of(msg("workshop.doc.card", locale),
						msg("workshop.card.column", locale), msg("workshop.card.origin", locale)), rows, null)));
			}
		}
		List<VoteSession> closed = workshops.sessions(workshop).stream().filter(s -> !s.open()).toList();
		if (!closed.isEmpty()) {
			blocks.add(new ReportBlock.Heading(1, msg("workshop.results.title", locale)));
			for (VoteSession session : closed) {
				VoteResult result = workshops.result(workshop, session);
				List<List<String>> rows = new ArrayList<>();
				for (VoteResult.ClusterResult cluster : result.clusters()) {
					String name = cluster.cluster() == null ? msg("workshop.cluster.none", locale)
							: cluster.cluster().title();
					for (VoteResult.CardResult card : cluster.cards()) {
						if (card.dots() > 0) {
							rows.add(List.of(name, Integer.toString(cluster.dots()), card.card().text(),
									Integer.toString(card.dots())));
						}
					}
				}
				String title = (session.title().isEmpty() ? msg("workshop.vote.untitled", locale) : session.title())
						+ " – " + msg("workshop.phase." + session.phase(), locale) + " – "
						+ msg("workshop.doc.voters", locale, result.voters(), result.dots());
				blocks.add(new ReportBlock.Table(new DataTable(title, List.of(msg("workshop.cluster", locale),
						msg("workshop.doc.clusterDots", locale), msg("workshop.doc.card", locale),
						msg("workshop.doc.cardDots", locale)), rows, null)));
			}
		}
		List<ProposedField> fields = forPublic ? publicFields(workshop) : workshops.fields(workshop);
		if (!fields.isEmpty()) {
			blocks.add(new ReportBlock.Heading(1, msg("workshop.fields.title", locale)));
			for (ProposedField field : fields) {
				List<List<String>> rows = new ArrayList<>();
				for (ProposedMeasure m : field.measures()) {
					rows.add(List.of(m.title(), orEmpty(m.kuemmerer()), orEmpty(m.firstSteps()),
							orEmpty(m.realityCheck())));
				}
				blocks.add(new ReportBlock.Heading(2, field.priority() + ". " + field.title()));
				if (!rows.isEmpty()) {
					blocks.add(new ReportBlock.Table(new DataTable(field.title(), List.of(
							msg("workshop.doc.measure", locale), msg("workshop.measure.kuemmerer", locale),
							msg("workshop.measure.firstSteps", locale), msg("workshop.measure.realityCheck", locale)),
							rows, null)));
				}
			}
		}
		if (!photos.isEmpty() || !otherFiles.isEmpty()) {
			blocks.add(new ReportBlock.Heading(1, msg("workshop.photos.title", locale)));
			blocks.addAll(photos);
			if (!otherFiles.isEmpty()) {
				blocks.add(new ReportBlock.Paragraph(msg("workshop.photos.doc", locale) + " "
						+ String.join(", ", otherFiles)));
			}
		}
		String subtitle = kommune.name() + " – "
				+ workshop.startsAt().format(DateTimeFormatter.ofPattern(msg("workshop.format.datetime", locale)))
				+ (workshop.place() == null ? "" : " – " + workshop.place());
		return new ReportDocument(workshop.title(), locale, subtitle, blocks);
	}

	/** The visible cards of a board grouped by cluster (clusters in order, then the cards without a cluster). */
	static List<CardGroup> groups(Board board) {
		List<Card> cards = board.cards().values().stream().flatMap(List::stream).toList();
		List<CardGroup> groups = new ArrayList<>();
		for (Cluster cluster : board.clusters()) {
			List<Card> in = cards.stream().filter(c -> Long.valueOf(cluster.id()).equals(c.clusterId())).toList();
			if (!in.isEmpty()) {
				groups.add(new CardGroup(cluster, in));
			}
		}
		List<Card> rest = cards.stream().filter(c -> c.clusterId() == null
				|| board.clusters().stream().noneMatch(cl -> cl.id() == c.clusterId())).toList();
		if (!rest.isEmpty()) {
			groups.add(new CardGroup(null, rest));
		}
		return groups;
	}

	/**
	 * The proposed fields for the public: without the Kümmerer's name (personal data) and without measures made
	 * from a card that is hidden now.
	 */
	List<ProposedField> publicFields(Workshop workshop) {
		java.util.Set<Long> hidden = workshops.cards(workshop).stream().filter(c -> c.hiddenReason() != null)
			.map(Card::id).collect(java.util.stream.Collectors.toSet());
		return workshops.fields(workshop).stream()
			.map(f -> new ProposedField(f.id(), f.title(), f.priority(), f.clusterId(), f.measures().stream()
				.filter(m -> m.cardId() == null || !hidden.contains(m.cardId()))
				.map(m -> new ProposedMeasure(m.id(), m.title(), null, m.firstSteps(), m.realityCheck(), m.cardId()))
				.toList()))
			.toList();
	}

	static String fileName(Workshop workshop, String extension) {
		String base = workshop.title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
		return "Zukunftswerkstatt-" + (base.length() > 60 ? base.substring(0, 60) : base) + "." + extension;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}
