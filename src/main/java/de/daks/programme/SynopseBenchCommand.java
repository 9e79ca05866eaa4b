package de.daks.programme;

import de.daks.plan.Goal;
import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import de.daks.shared.KommuneId;
import de.daks.shared.cli.DaksCommand;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code daks bench synopse [--kommunen 400] [--runs 10]}: times the Synopse of a large programme – the data of each
 * table (steps, themes, target groups, funding, indicators: the services the page and the exports call) and the
 * whole XLSX export – and prints cold and warm median/p95 in milliseconds.
 *
 * <p>
 * The data is synthetic and isolated: a programme "Synopse-Lasttest (synthetisch)" (short name
 * {@value #SHORT_NAME}) with Kommunen marked synthetic named "Synopse-Lasttest n (synthetisch)", each with a small
 * Werkstattplan (two fields, three measures) and a budget, a commitment and an expense. It is built on the first run
 * and reused afterwards (nothing outside it is changed; the funding seed is written with plain SQL because the
 * programme module must not depend on the funding module). The database is the configured one.
 */
@Component
class SynopseBenchCommand implements DaksCommand {

	static final String SHORT_NAME = "SYNOPSE-LASTTEST";

	private final ProgrammeManagement programmes;

	private final KommuneManagement kommunen;

	private final Plans plans;

	private final Synopse synopse;

	private final SynopseDetails details;

	private final SynopseExports exports;

	private final ApplicationEventPublisher events;

	private final Environment environment;

	SynopseBenchCommand(ProgrammeManagement programmes, KommuneManagement kommunen, Plans plans, Synopse synopse,
			SynopseDetails details, SynopseExports exports, ApplicationEventPublisher events, Environment environment) {
		this.programmes = programmes;
		this.kommunen = kommunen;
		this.plans = plans;
		this.synopse = synopse;
		this.details = details;
		this.exports = exports;
		this.events = events;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "bench synopse";
	}

	@Override
	public String usage() {
		return "[--kommunen 400] [--runs 10]  time the Synopse tables and the XLSX export of a large synthetic "
				+ "programme (cold, warm median/p95 ms)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		int size = 400;
		int runs = 10;
		for (int i = 0; i < arguments.size(); i += 2) {
			String arg = arguments.get(i);
			if (i + 1 >= arguments.size() || !List.of("--kommunen", "--runs").contains(arg)) {
				out.println("daks bench synopse: unknown or incomplete option " + arg);
				return 2;
			}
			try {
				int value = Integer.parseInt(arguments.get(i + 1));
				if ("--kommunen".equals(arg)) {
					size = value;
				}
				else {
					runs = value;
				}
			}
			catch (NumberFormatException ex) {
				out.println("daks bench synopse: " + arg + " needs a whole number");
				return 2;
			}
		}
		if (size < 1 || runs < 3) {
			out.println("daks bench synopse: need --kommunen >= 1 and --runs >= 3");
			return 2;
		}
		long start = System.nanoTime();
		ProgrammeId programme = programmes.findByShortName(SHORT_NAME).map(Programme::id).orElseGet(() -> programmes.create(
				"Synopse-Lasttest (synthetisch)", SHORT_NAME, "Synthetische Daten für daks bench synopse",
				LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31)));
		int added = fill(programme, size);
		out.printf(Locale.ROOT, "database: %s%nprogramme %s with %d synthetic Kommunen (%d added in %.1f s)%n",
				environment.getProperty("spring.datasource.url", "?").replaceAll("\\?.*", ""), SHORT_NAME,
				programmes.kommunenOf(programme).size(), added, (System.nanoTime() - start) / 1e9);
		SynopseFilter filter = new SynopseFilter();
		time(out, "steps", runs, () -> synopse.of(programme, filter).rows().size());
		time(out, "themes + target groups", runs, () -> details.plans(synopse.of(programme, filter)).size());
		time(out, "funding", runs, () -> details.spending(programme, synopse.of(programme, filter)).size());
		time(out, "indicators", runs, () -> details.figures(synopse.of(programme, filter)).size());
		time(out, "xlsx export", runs, () -> {
			Synopse.View view = synopse.of(programme, filter);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try {
				exports.writeXlsx(exports.tables(view, details.all(programme, view),
						id -> details.indicatorName(id, Locale.GERMAN), Locale.GERMAN), bytes);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return bytes.size();
		});
		return 0;
	}

	/** Adds synthetic Kommunen with a plan and bookings until the programme has {@code size}; returns how many. */
	private int fill(ProgrammeId programme, int size) {
		int existing = programmes.kommunenOf(programme).size();
		TargetGroup[] groups = TargetGroup.values();
		for (int n = existing; n < size; n++) {
			KommuneId kommune = kommunen.create(new NewKommune("Synopse-Lasttest " + (n + 1) + " (synthetisch)",
					KommuneKind.GEMEINDE, List.of(), String.format(Locale.ROOT, "%02d", n % 16 + 1), 2_000L + n * 97L,
					"2024-12-31", null, true));
			programmes.addKommune(programme, kommune);
			long first = plans.addField(kommune, "Wohnen und Pflege im Alter");
			plans.addField(kommune, "Kinder, Jugend und Familie");
			plans.addGoal(kommune, new Goal(0, first, "Ziel", false, null, "Indikator", "Anzahl", BigDecimal.ONE,
					BigDecimal.TEN, LocalDate.of(2028, 12, 31), null));
			for (int m = 0; m < 3; m++) {
				plans.addMeasure(kommune, new Measure(0, first, "Maßnahme " + (m + 1), null, null, null, null,
						EnumSet.of(groups[(n + m) % groups.length]), null, null, null, null,
						m == 0 ? MeasureStatus.PLANNED : MeasureStatus.IDEA, null, 0, null, null));
			}
			events.publishEvent(new BenchKommuneAdded(programme, kommune, n));
		}
		return Math.max(0, size - existing);
	}

	private static void time(PrintStream out, String what, int runs, Supplier<Integer> work) {
		double[] millis = new double[runs];
		int result = 0;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			result = work.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		double[] warm = Arrays.copyOfRange(millis, 1, runs);
		Arrays.sort(warm);
		out.printf(Locale.ROOT, "%-24s %,9d  cold %7.0f ms  warm median %6.0f ms  p95 %6.0f ms (%d warm runs)%n", what,
				result, millis[0], warm[(warm.length - 1) / 2], warm[(int) Math.ceil(0.95 * warm.length) - 1],
				warm.length);
	}
}
