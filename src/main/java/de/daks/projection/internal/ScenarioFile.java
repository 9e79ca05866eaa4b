package de.daks.projection.internal;

import de.daks.projection.ProjectionMethods;
import de.daks.projection.engine.Assumptions;
import de.daks.projection.engine.Migration;
import de.daks.projection.engine.Population;
import de.daks.projection.engine.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON scenario file of {@code daks project}. Fully explicit inputs ({@code --scenario} alone): {@code step},
 * {@code baseDate}, {@code steps}, {@code population {f, m}}, {@code fertility}, {@code survival {f, m}},
 * {@code birthSurvival {f, m}}, {@code sexRatioAtBirth}, {@code migration {type: net-rate|net-count, f, m, timing}};
 * the male sex may be omitted. With {@code --population} the file holds scenario settings only:
 * {@code fertilityFactor}, {@code migrationFactor}, {@code migration {timing}}, {@code draws}, {@code seed}.
 */
final class ScenarioFile {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The explicit inputs of a scenario. */
	record Explicit(int step, LocalDate baseDate, int steps, Population population, Assumptions assumptions) {
	}

	private final JsonNode root;

	private final Path file;

	private ScenarioFile(Path file, JsonNode root) {
		this.file = file;
		this.root = root;
	}

	static ScenarioFile read(Path file) throws IOException {
		try {
			JsonNode root = JSON.readTree(Files.readString(file));
			if (root == null || !root.isObject()) {
				throw new IllegalArgumentException(file + ": a JSON object expected");
			}
			return new ScenarioFile(file, root);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(file + ": not valid JSON: " + ex.getOriginalMessage());
		}
	}

	Explicit explicit() {
		int step = (int) number(root, "step");
		if (step != 1 && step != 5) {
			throw problem("step", "must be 1 or 5, is " + step);
		}
		LocalDate baseDate;
		String date = text(root, "baseDate");
		try {
			baseDate = LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw problem("baseDate", "must be an ISO date YYYY-MM-DD, is '" + date + "'");
		}
		int steps = (int) number(root, "steps");
		if (steps < 1 || steps > 200) {
			throw problem("steps", "must be between 1 and 200, is " + steps);
		}
		JsonNode pop = object(root, "population");
		boolean male = pop.has("m");
		double[] women = array(pop, "population.f");
		double[][] counts = male ? new double[][] { women, array(pop, "population.m") } : new double[][] { women };
		Population population;
		try {
			population = new Population(step, counts);
		}
		catch (IllegalArgumentException ex) {
			throw problem("population", ex.getMessage());
		}
		int groups = population.groups();
		double[] fertility = array(root, "fertility");
		JsonNode survivalNode = object(root, "survival");
		JsonNode birthNode = object(root, "birthSurvival");
		double[][] survival = male ? new double[][] { array(survivalNode, "survival.f"), array(survivalNode, "survival.m") }
				: new double[][] { array(survivalNode, "survival.f") };
		for (int s = 0; s < survival.length; s++) {
			if (survival[s].length != groups) {
				throw problem("survival." + (s == 0 ? "f" : "m"), "has " + survival[s].length + " entries, population "
						+ groups + " groups");
			}
		}
		double[] birthSurvival = male ? new double[] { number(birthNode, "birthSurvival.f"), number(birthNode, "birthSurvival.m") }
				: new double[] { number(birthNode, "birthSurvival.f") };
		double srb = root.has("sexRatioAtBirth") ? number(root, "sexRatioAtBirth") : 1.05;
		Migration migration = Migration.NONE;
		Timing timing = Timing.HALF_BEFORE_HALF_AFTER;
		if (root.has("migration")) {
			JsonNode m = object(root, "migration");
			timing = timing(m);
			String type = text(m, "migration.type");
			double[][] values = male ? new double[][] { signedArray(m, "migration.f"), signedArray(m, "migration.m") }
					: new double[][] { signedArray(m, "migration.f") };
			for (double[] v : values) {
				if (v.length != groups) {
					throw problem("migration", "needs " + groups + " entries per sex, has " + v.length);
				}
			}
			migration = switch (type) {
				case "net-rate" -> new Migration.NetRates(values);
				case "net-count" -> new Migration.NetCounts(values);
				default -> throw problem("migration.type", "must be net-rate or net-count, is '" + type + "'");
			};
		}
		if (fertility.length > groups) {
			throw problem("fertility", "has " + fertility.length + " entries, population " + groups + " groups");
		}
		try {
			return new Explicit(step, baseDate, steps, population,
					new Assumptions(fertility, survival, birthSurvival, srb, migration, timing));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage());
		}
	}

	/** Scenario settings for a projection of observed data. */
	ProjectionMethods.Settings settings() {
		ProjectionMethods.Settings d = ProjectionMethods.Settings.DEFAULT;
		double fertility = root.has("fertilityFactor") ? number(root, "fertilityFactor") : d.fertilityFactor();
		double migration = root.has("migrationFactor") ? number(root, "migrationFactor") : d.migrationFactor();
		Timing timing = root.has("migration") ? timing(object(root, "migration")) : d.timing();
		int draws = root.has("draws") ? (int) number(root, "draws") : d.draws();
		long seed = root.has("seed") ? (long) number(root, "seed") : d.seed();
		if (draws < 0 || draws > 10_000) {
			throw problem("draws", "must be between 0 and 10000, is " + draws);
		}
		return new ProjectionMethods.Settings(fertility, migration, timing, draws, seed, d.persistence());
	}

	private Timing timing(JsonNode migration) {
		if (!migration.has("timing")) {
			return Timing.HALF_BEFORE_HALF_AFTER;
		}
		String t = text(migration, "migration.timing");
		try {
			return Timing.ofCode(t);
		}
		catch (IllegalArgumentException ex) {
			throw problem("migration.timing", ex.getMessage());
		}
	}

	private JsonNode object(JsonNode parent, String field) {
		JsonNode n = parent.get(last(field));
		if (n == null || !n.isObject()) {
			throw problem(field, "must be an object");
		}
		return n;
	}

	private double number(JsonNode parent, String field) {
		JsonNode n = parent.get(last(field));
		if (n == null || !n.isNumber()) {
			throw problem(field, "must be a number");
		}
		return n.doubleValue();
	}

	private String text(JsonNode parent, String field) {
		JsonNode n = parent.get(last(field));
		if (n == null || !n.isString()) {
			throw problem(field, "must be a string");
		}
		return n.stringValue();
	}

	private double[] array(JsonNode parent, String field) {
		double[] a = signedArray(parent, field);
		for (int i = 0; i < a.length; i++) {
			if (a[i] < 0) {
				throw problem(field + "[" + i + "]", "must not be negative: " + a[i]);
			}
		}
		return a;
	}

	private double[] signedArray(JsonNode parent, String field) {
		JsonNode n = parent.get(last(field));
		if (n == null || !n.isArray()) {
			throw problem(field, "must be an array of numbers");
		}
		double[] a = new double[n.size()];
		for (int i = 0; i < a.length; i++) {
			if (!n.get(i).isNumber()) {
				throw problem(field + "[" + i + "]", "must be a number");
			}
			a[i] = n.get(i).doubleValue();
		}
		return a;
	}

	private static String last(String field) {
		int dot = field.lastIndexOf('.');
		return dot < 0 ? field : field.substring(dot + 1);
	}

	private IllegalArgumentException problem(String field, String reason) {
		return new IllegalArgumentException(file + ": field " + field + " " + reason);
	}
}
