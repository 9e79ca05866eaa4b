package de.daks.programme.internal;

import de.daks.programme.selection.Candidate;
import de.daks.programme.selection.GeneratedCandidates;
import de.daks.programme.selection.SelectionOptimiser;
import de.daks.programme.selection.SelectionProposal;
import de.daks.programme.selection.SelectionTargets;
import de.daks.shared.cli.DaksCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code daks bench selection [--applications n] [--places p] [--runs r] [--seed s]}: times a complete selection
 * proposal (the optimum plus one re-solve per target for its cost) on generated applications with every diversity
 * target switched on – every Land, at least 3 per type and 2 per size class, 50 % GRW, 40 % shrinking – and prints
 * the first (cold) run and the median of the others in seconds.
 */
@Component
class SelectionBenchCommand implements DaksCommand {

	@Override
	public String name() {
		return "bench selection";
	}

	@Override
	public String usage() {
		return "[--applications 400] [--places 40] [--runs 5] [--seed 1]  time a selection proposal with all diversity targets (s)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		int applications = 400;
		int places = 40;
		int runs = 5;
		long seed = 1;
		for (int i = 0; i < arguments.size(); i++) {
			String arg = arguments.get(i);
			if (i + 1 >= arguments.size()) {
				out.println("daks bench selection: missing value after " + arg);
				return 2;
			}
			try {
				switch (arg) {
					case "--applications" -> applications = Integer.parseInt(arguments.get(++i));
					case "--places" -> places = Integer.parseInt(arguments.get(++i));
					case "--runs" -> runs = Integer.parseInt(arguments.get(++i));
					case "--seed" -> seed = Long.parseLong(arguments.get(++i));
					default -> {
						out.println("daks bench selection: unknown option " + arg);
						return 2;
					}
				}
			}
			catch (NumberFormatException ex) {
				out.println("daks bench selection: not a number after " + arg);
				return 2;
			}
		}
		if (applications < places || places < 1 || runs < 2) {
			out.println("daks bench selection: need 1 <= places <= applications and runs >= 2");
			return 2;
		}
		List<Candidate> candidates = GeneratedCandidates.generate(applications, seed);
		SelectionTargets targets = new SelectionTargets(places, true, 3, 2, 50, 40);
		SelectionOptimiser optimiser = new SelectionOptimiser();
		double[] seconds = new double[runs];
		SelectionProposal proposal = null;
		for (int run = 0; run < runs; run++) {
			long start = System.nanoTime();
			proposal = optimiser.propose(candidates, targets, Set.of(), Set.of());
			seconds[run] = (System.nanoTime() - start) / 1e9;
		}
		double[] warm = Arrays.copyOfRange(seconds, 1, runs);
		Arrays.sort(warm);
		out.printf(Locale.ROOT, "selection of %d out of %d applications, targets: every Land, >=3 per type, "
				+ ">=2 per size class, >=50%% GRW, >=40%% shrinking%n", places, applications);
		out.printf(Locale.ROOT, "total score %s; cost per target %s%n", proposal.totalScore().toPlainString(),
				proposal.costs());
		out.printf(Locale.ROOT, "cold %.3f s, warm median %.3f s (%d runs; each run = optimum + %d re-solves for the costs)%n",
				seconds[0], warm[warm.length / 2], runs, proposal.costs().size());
		return 0;
	}
}
