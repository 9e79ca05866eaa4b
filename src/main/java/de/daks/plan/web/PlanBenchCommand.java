package de.daks.plan.web;

import de.daks.plan.Goal;
import de.daks.plan.Measure;
import de.daks.plan.MeasureStatus;
import de.daks.plan.Plans;
import de.daks.plan.TargetGroup;
import de.daks.shared.KommuneId;
import de.daks.shared.cli.DaksCommand;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * {@code daks bench plan [--fields 40] [--goals 200] [--measures 2000] [--runs 20]}: builds a plan of a Landkreis
 * scale in a synthetic Kommune of its own (fields, goals, measures with two milestones and an update each, one
 * published version), then times the table, the timeline and the public accountability page end to end – the real
 * controller method (database reads and the model) and the Thymeleaf rendering of the page's content (the
 * {@code <section>}; the site layout around it is not rendered in the command line, which has no web request).
 * Prints cold and warm median/p90 in milliseconds, then deletes the plan. The database is the configured one
 * (H2 file by default, PostgreSQL with the {@code postgres} profile).
 */
@Component
class PlanBenchCommand implements DaksCommand {

	static final String KOMMUNE_NAME = "Werkstattplan-Lasttest (synthetisch)";

	private final Plans plans;

	private final KommuneManagement kommunen;

	private final PlanController planController;

	private final PublicPlanController publicController;

	private final MessageSource messages;

	private final Environment environment;

	PlanBenchCommand(Plans plans, KommuneManagement kommunen, PlanController planController,
			PublicPlanController publicController, MessageSource messages, Environment environment) {
		this.plans = plans;
		this.kommunen = kommunen;
		this.planController = planController;
		this.publicController = publicController;
		this.messages = messages;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "bench plan";
	}

	@Override
	public String usage() {
		return "[--fields 40] [--goals 200] [--measures 2000] [--runs 20]  time table, timeline and public page of a "
				+ "large plan (cold, warm median/p90 ms)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		Map<String, Integer> options = new java.util.HashMap<>(Map.of("fields", 40, "goals", 200, "measures", 2000,
				"runs", 20));
		for (int i = 0; i < arguments.size(); i += 2) {
			String name = arguments.get(i);
			if (!name.startsWith("--") || !options.containsKey(name.substring(2)) || i + 1 >= arguments.size()) {
				out.println("daks bench plan: unknown or incomplete option " + name);
				return 2;
			}
			try {
				options.put(name.substring(2), Integer.parseInt(arguments.get(i + 1)));
			}
			catch (NumberFormatException ex) {
				out.println("daks bench plan: " + name + " needs a whole number");
				return 2;
			}
		}
		int fields = options.get("fields");
		int runs = options.get("runs");
		if (fields < 1 || runs < 2 || options.get("measures") < fields) {
			out.println("daks bench plan: need --fields >= 1, --measures >= fields, --runs >= 2");
			return 2;
		}
		KommuneId kommune = benchKommune();
		plans.deletePlan(kommune);
		try {
			long start = System.nanoTime();
			build(kommune, fields, options.get("goals"), options.get("measures"));
			out.printf(Locale.ROOT, "database: %s%nbuilt %d fields, %d goals, %d measures (2 milestones and 1 update "
					+ "each) and published version 1 in %.1f s%n",
					environment.getProperty("spring.datasource.url", "?").replaceAll("\\?.*", ""), fields,
					options.get("goals"), options.get("measures"), (System.nanoTime() - start) / 1e9);
			SpringTemplateEngine engine = engine();
			time(out, "table", runs, engine, model -> planController.table(kommune, null, null, null, null, null,
					false, model));
			time(out, "timeline", runs, engine, model -> planController.timeline(kommune, model));
			time(out, "accountability page", runs, engine,
					model -> publicController.accountability(kommune, model));
			return 0;
		}
		finally {
			plans.deletePlan(kommune);
		}
	}

	private void time(PrintStream out, String what, int runs, SpringTemplateEngine engine,
			Function<ExtendedModelMap, String> controller) {
		double[] millis = new double[runs];
		double[] data = new double[runs];
		int length = 0;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			ExtendedModelMap model = new ExtendedModelMap();
			String view = controller.apply(model);
			long read = System.nanoTime();
			String html = engine.process(view, Set.of("section"), new Context(Locale.GERMAN, model));
			millis[i] = (System.nanoTime() - start) / 1e6;
			data[i] = (read - start) / 1e6;
			length = html.length();
		}
		double[] warm = Arrays.copyOfRange(millis, 1, runs);
		Arrays.sort(warm);
		double[] warmData = Arrays.copyOfRange(data, 1, runs);
		Arrays.sort(warmData);
		out.printf(Locale.ROOT, "%-20s %,9d chars  cold %6.0f ms  warm min %4.0f ms  median %5.0f ms  p90 %5.0f ms (%d warm runs; "
				+ "median of the controller alone %.0f ms)%n", what, length, millis[0], warm[0], warm[(warm.length - 1) / 2],
				warm[(int) Math.ceil(0.9 * warm.length) - 1], warm.length, warmData[(warmData.length - 1) / 2]);
	}

	private void build(KommuneId kommune, int fields, int goals, int measures) {
		LocalDate base = plans.today().minusMonths(18);
		TargetGroup[] groups = TargetGroup.values();
		plans.setLeitbild(kommune, "Ein Landkreis, in dem alle Generationen gut leben – Lasttest.");
		List<Long> fieldIds = new ArrayList<>();
		for (int f = 0; f < fields; f++) {
			fieldIds.add(plans.addField(kommune, "Handlungsfeld " + (f + 1)));
		}
		for (int g = 0; g < goals; g++) {
			plans.addGoal(kommune, new Goal(0, fieldIds.get(g % fields), "Ziel " + (g + 1), false, null,
					"Indikator " + (g + 1), "Anzahl", BigDecimal.valueOf(g * 3L), BigDecimal.valueOf(g * 5L + 10),
					base.plusYears(4)));
		}
		MeasureStatus[] statuses = { MeasureStatus.PLANNED, MeasureStatus.PLANNED, MeasureStatus.IDEA };
		for (int m = 0; m < measures; m++) {
			LocalDate start = base.plusDays((m * 7L) % 900);
			long id = plans.addMeasure(kommune, new Measure(0, fieldIds.get(m % fields), "Maßnahme " + (m + 1)
					+ " für ein gutes Miteinander", "Beschreibung der Maßnahme " + (m + 1), "Amt " + (m % 12 + 1),
					"Person " + (m % 60 + 1), "Verein " + (m % 30 + 1), EnumSet.of(groups[m % groups.length]), start,
					start.plusDays(90 + m % 400), BigDecimal.valueOf(1000 + m * 25L, 0).setScale(2), "Eigenmittel",
					statuses[m % statuses.length], null, 0, null));
			plans.addMilestone(kommune, id, "Start " + (m + 1), start.plusDays(30));
			plans.addMilestone(kommune, id, "Zwischenstand " + (m + 1), start.plusDays(80));
			if (statuses[m % statuses.length] == MeasureStatus.PLANNED && !start.isAfter(plans.today())) {
				plans.reportProgress(kommune, id, m % 90 + 1, "Bericht zur Maßnahme " + (m + 1), "Lasttest");
			}
		}
		plans.publish(kommune, plans.today(), "Lasttest-Beschluss", "Lasttest");
	}

	private SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		engine.setLinkBuilder(new StandardLinkBuilder() {
			@Override
			protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> params) {
				return "";
			}
		});
		return engine;
	}

	private KommuneId benchKommune() {
		return kommunen.findAll().stream().filter(k -> k.synthetic() && KOMMUNE_NAME.equals(k.name()))
			.map(Kommune::id).findFirst()
			.orElseGet(() -> kommunen.create(new NewKommune(KOMMUNE_NAME, KommuneKind.GEMEINDE, List.of(), "05",
					10_000L, "2024-12-31", null, true)));
	}
}
