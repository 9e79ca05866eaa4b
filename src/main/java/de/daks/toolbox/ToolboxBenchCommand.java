package de.daks.toolbox;

import de.daks.shared.cli.DaksCommand;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code daks bench toolbox [--entries n] [--queries n]}: builds a Lucene index of {@code n} entries (the starter
 * set repeated with numbered titles, in memory, not touching the database or the live index) and runs German
 * queries with inflections and typos; prints the index build time and queries per second with median and 90th
 * percentile latency.
 */
@Component
class ToolboxBenchCommand implements DaksCommand {

	private static final List<String> QUERIES = List.of("Beteiligung", "Zukunftswerkstat", "Fördermittel Kommune",
			"Wolrd Cafe", "Senioren digital", "Leerstandskataster", "Jugend Beteiligng", "Bürgerbusse",
			"interkommunale Kooperation", "Willkommenskultur Fachkräfte");

	private final MessageSource messages;

	ToolboxBenchCommand(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String name() {
		return "bench toolbox";
	}

	@Override
	public String usage() {
		return "[--entries n] [--queries n]  time the Werkzeugkoffer search (index build, queries/s, median/p90 µs)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		int entries;
		int queries;
		try {
			entries = option(arguments, "entries", 1000);
			queries = option(arguments, "queries", 5000);
		}
		catch (IllegalArgumentException ex) {
			out.println("daks bench toolbox: " + ex.getMessage());
			return 2;
		}
		Map<String, EntryContent> starter = StarterSet.read();
		List<ToolboxEntry> corpus = new ArrayList<>(entries);
		Instant now = Instant.now();
		for (int i = 0; corpus.size() < entries; i++) {
			for (EntryContent c : starter.values()) {
				if (corpus.size() == entries) {
					break;
				}
				EntryContent numbered = new EntryContent(c.type(), c.title() + " " + i, c.problem(), c.description(),
						c.steps(), c.effortTime(), c.effortStaff(), c.effortCost(), c.sizes(), c.processSteps(),
						c.themes(), c.targetGroups(), c.origin(), c.links(), c.licence());
				corpus.add(new ToolboxEntry(UUID.randomUUID(), "bench-" + corpus.size(), EntryStatus.PUBLISHED, 1,
						numbered, null, null, now, now, now, "bench"));
			}
		}
		ToolboxSearch search = new ToolboxSearch(messages);
		long start = System.nanoTime();
		search.rebuild(corpus);
		double buildMs = (System.nanoTime() - start) / 1e6;
		for (int i = 0; i < 200; i++) {
			search.search(QUERIES.get(i % QUERIES.size()));
		}
		long[] micros = new long[queries];
		long hits = 0;
		long all = System.nanoTime();
		for (int i = 0; i < queries; i++) {
			long t = System.nanoTime();
			hits += search.search(QUERIES.get(i % QUERIES.size())).size();
			micros[i] = (System.nanoTime() - t) / 1000;
		}
		double seconds = (System.nanoTime() - all) / 1e9;
		Arrays.sort(micros);
		out.printf("entries: %d, index built in %.1f ms%n", entries, buildMs);
		out.printf("queries: %d (%d distinct, with inflections and typos), %.0f queries/s, median %d µs, p90 %d µs,"
				+ " %.1f hits per query%n", queries, QUERIES.size(), queries / seconds, micros[queries / 2],
				micros[(int) (queries * 0.9)], (double) hits / queries);
		return 0;
	}

	private static int option(List<String> arguments, String name, int fallback) {
		for (int i = 0; i < arguments.size(); i++) {
			String a = arguments.get(i);
			String value = null;
			if (a.equals("--" + name) && i + 1 < arguments.size()) {
				value = arguments.get(i + 1);
			}
			else if (a.startsWith("--" + name + "=")) {
				value = a.substring(name.length() + 3);
			}
			if (value != null) {
				try {
					int n = Integer.parseInt(value);
					if (n < 1 || n > 1_000_000) {
						throw new IllegalArgumentException("--" + name + " must be 1 to 1000000");
					}
					return n;
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException("--" + name + " must be a whole number");
				}
			}
		}
		return fallback;
	}
}
