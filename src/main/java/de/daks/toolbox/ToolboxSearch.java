package de.daks.toolbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * German full-text search over the published entries with Apache Lucene: {@link GermanAnalyzer} (stop words,
 * normalisation of umlauts, light stemming), so "Beteiligungsformate", "Beteiligungsformat" and "beteiligung" meet;
 * fuzzy terms (one edit for short words, two for longer ones) catch typos; a term inside a compound of a title
 * ("Lotsen" in "Digitallotsen") matches with a lower weight (titles only: a substring scan of every body term
 * would cost several times the rest of the query). The index lives in memory and is rebuilt from
 * the database at start and after every change – the same on H2 and PostgreSQL, since neither database's own
 * full-text search is used.
 */
@Component
class ToolboxSearch {

	private static final int MAX_HITS = 500;

	private final Analyzer analyzer = new GermanAnalyzer();

	private final MessageSource messages;

	private volatile @Nullable IndexSearcher searcher;

	ToolboxSearch(MessageSource messages) {
		this.messages = messages;
	}

	boolean isBuilt() {
		return searcher != null;
	}

	/** Replaces the index by one of these entries. */
	synchronized void rebuild(List<ToolboxEntry> entries) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (ToolboxEntry entry : entries) {
				writer.addDocument(document(entry));
			}
			writer.commit();
			searcher = new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The ids of the matching entries, best first; every word must match (exactly, stemmed, fuzzily or inside). */
	List<UUID> search(String text) {
		IndexSearcher current = searcher;
		List<String> terms = terms(text);
		if (current == null || terms.isEmpty()) {
			return List.of();
		}
		try {
			List<UUID> hits = run(current, query(terms, Occur.MUST));
			return hits.isEmpty() && terms.size() > 1 ? run(current, query(terms, Occur.SHOULD)) : hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<UUID> run(IndexSearcher searcher, Query query) throws IOException {
		List<UUID> ids = new ArrayList<>();
		for (ScoreDoc hit : searcher.search(query, MAX_HITS).scoreDocs) {
			ids.add(UUID.fromString(searcher.storedFields().document(hit.doc).get("id")));
		}
		return ids;
	}

	private static Query query(List<String> terms, Occur occur) {
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		for (String term : terms) {
			BooleanQuery.Builder one = new BooleanQuery.Builder();
			for (String field : List.of("title", "body")) {
				float weight = field.equals("title") ? 3f : 1f;
				one.add(new BoostQuery(new TermQuery(new Term(field, term)), weight), Occur.SHOULD);
				if (term.length() >= 4) {
					int edits = term.length() >= 8 ? 2 : 1;
					one.add(new BoostQuery(new FuzzyQuery(new Term(field, term), edits, 1), weight * 0.5f),
							Occur.SHOULD);
				}
				if (term.length() >= 5 && field.equals("title")) {
					one.add(new BoostQuery(new WildcardQuery(new Term(field, "*" + term + "*")), weight * 0.3f),
							Occur.SHOULD);
				}
			}
			all.add(one.build(), occur);
		}
		return all.build();
	}

	/** The query's words as the analyzer indexes them (lower case, normalised, stemmed, no stop words). */
	List<String> terms(String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms.size() < 20) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ArrayList<>(terms);
	}

	private Document document(ToolboxEntry entry) {
		EntryContent c = entry.content();
		StringBuilder body = new StringBuilder();
		body.append(c.problem()).append('\n').append(c.description()).append('\n').append(c.steps()).append('\n')
			.append(c.origin()).append('\n');
		c.themes().forEach(t -> body.append(label(t.messageKey())).append('\n'));
		c.targetGroups().forEach(g -> body.append(label(g.messageKey())).append('\n'));
		body.append(label(c.type().messageKey()));
		Document doc = new Document();
		doc.add(new StringField("id", entry.id().toString(), Field.Store.YES));
		doc.add(new TextField("title", c.title(), Field.Store.NO));
		doc.add(new TextField("body", body.toString(), Field.Store.NO));
		return doc;
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, Locale.GERMAN);
	}
}
