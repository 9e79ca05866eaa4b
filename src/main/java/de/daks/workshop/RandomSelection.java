package de.daks.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * "Zufallsbürger": a random sample from a list of residents the Kommune uploads, stratified by age group, sex and
 * quarter so that the sample has the list's structure. Each stratum gets its proportional share of the sample
 * (largest remainders for the fractions); within a stratum the people are drawn at random. Nothing is stored.
 */
public final class RandomSelection {

	/**
	 * The age groups of the strata (years, inclusive). Their bounds are five-year boundaries, so the population of
	 * the statistics (five-year bands) compares without splitting a band.
	 */
	public static final List<int[]> AGE_GROUPS = List.of(new int[] { 0, 14 }, new int[] { 15, 29 },
			new int[] { 30, 49 }, new int[] { 50, 64 }, new int[] { 65, 79 }, new int[] { 80, 150 });

	private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern
		.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/**
	 * One person of the uploaded list.
	 *
	 * @param email the optional column {@code email} (for an invitation by mail)
	 * @param address the optional column {@code anschrift} (postal address, for a letter)
	 */
	public record Person(int line, String name, int age, String sex, String quarter, @Nullable String email,
			@Nullable String address) {

		public Person(int line, String name, int age, String sex, String quarter) {
			this(line, name, age, sex, quarter, null, null);
		}

		public String ageGroup() {
			return ageGroupOf(age);
		}

		public String stratum() {
			return ageGroup() + " / " + sex + " / " + quarter;
		}
	}

	/** A problem of the list: line and reason (a message key with the value). */
	public record Problem(int line, String messageKey, String value) {
	}

	/** A stratum: how many are on the list and in the sample. */
	public record Stratum(String name, int listed, int drawn) {
	}

	public record Result(List<Person> sample, List<Stratum> strata, List<Problem> problems) {
	}

	private RandomSelection() {
	}

	/** The label of the age group of an age, e.g. {@code 15–29} or {@code 80+}. */
	public static String ageGroupOf(int age) {
		for (int[] group : AGE_GROUPS) {
			if (age >= group[0] && age <= group[1]) {
				return label(group);
			}
		}
		return "?";
	}

	public static String label(int[] group) {
		return group[1] >= 150 ? group[0] + "+" : group[0] + "–" + group[1];
	}

	/**
	 * Parses the list: a header line with {@code name}, {@code alter} (years), {@code geschlecht} (w, m, d) and
	 * {@code quartier}, optionally {@code email} and {@code anschrift}, separated by semicolons or commas (an address
	 * therefore without them). Every bad line is reported; then nothing is drawn.
	 */
	public static Result draw(String csv, int size, Random random) {
		List<Problem> problems = new ArrayList<>();
		List<Person> people = parse(csv, problems);
		if (!problems.isEmpty()) {
			return new Result(List.of(), List.of(), problems);
		}
		if (size < 1 || size > people.size()) {
			return new Result(List.of(), List.of(), List.of(new Problem(0, "workshop.selection.size",
					Integer.toString(people.size()))));
		}
		Map<String, List<Person>> strata = new LinkedHashMap<>();
		people.stream().sorted(Comparator.comparing(Person::stratum))
			.forEach(p -> strata.computeIfAbsent(p.stratum(), k -> new ArrayList<>()).add(p));
		Map<String, Integer> quota = new LinkedHashMap<>();
		List<Map.Entry<String, Double>> remainders = new ArrayList<>();
		int allocated = 0;
		for (Map.Entry<String, List<Person>> entry : strata.entrySet()) {
			double exact = (double) size * entry.getValue().size() / people.size();
			int whole = (int) Math.floor(exact);
			quota.put(entry.getKey(), whole);
			allocated += whole;
			remainders.add(Map.entry(entry.getKey(), exact - whole + random.nextDouble() * 1e-9));
		}
		remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed());
		for (int i = 0; i < size - allocated; i++) {
			quota.merge(remainders.get(i).getKey(), 1, Integer::sum);
		}
		List<Person> sample = new ArrayList<>();
		List<Stratum> result = new ArrayList<>();
		for (Map.Entry<String, List<Person>> entry : strata.entrySet()) {
			List<Person> pool = new ArrayList<>(entry.getValue());
			java.util.Collections.shuffle(pool, random);
			int n = quota.get(entry.getKey());
			sample.addAll(pool.subList(0, n));
			result.add(new Stratum(entry.getKey(), entry.getValue().size(), n));
		}
		sample.sort(Comparator.comparingInt(Person::line));
		return new Result(sample, result, List.of());
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	private static List<Person> parse(String csv, List<Problem> problems) {
		List<String> lines = csv.lines().toList();
		List<Person> people = new ArrayList<>();
		if (lines.isEmpty()) {
			problems.add(new Problem(1, "workshop.selection.empty", ""));
			return people;
		}
		String separator = lines.get(0).contains(";") ? ";" : ",";
		List<String> header = List.of(lines.get(0).replace("\uFEFF", "").toLowerCase(Locale.ROOT).split(separator, -1))
			.stream().map(String::strip).toList();
		int name = header.indexOf("name");
		int age = header.indexOf("alter");
		int sex = header.indexOf("geschlecht");
		int quarter = header.indexOf("quartier");
		int email = header.indexOf("email") >= 0 ? header.indexOf("email") : header.indexOf("e-mail");
		int address = header.indexOf("anschrift") >= 0 ? header.indexOf("anschrift") : header.indexOf("adresse");
		if (name < 0 || age < 0 || sex < 0 || quarter < 0) {
			problems.add(new Problem(1, "workshop.selection.header", lines.get(0)));
			return people;
		}
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String[] cells = lines.get(i).split(separator, -1);
			int lineNo = i + 1;
			if (cells.length < header.size()) {
				problems.add(new Problem(lineNo, "workshop.selection.columns", Integer.toString(cells.length)));
				continue;
			}
			String s = cells[sex].strip().toLowerCase(Locale.ROOT);
			Integer years = null;
			try {
				years = Integer.parseInt(cells[age].strip());
			}
			catch (NumberFormatException ex) {
				problems.add(new Problem(lineNo, "workshop.selection.age", cells[age].strip()));
			}
			if (years != null && (years < 0 || years > 120)) {
				problems.add(new Problem(lineNo, "workshop.selection.age", cells[age].strip()));
				years = null;
			}
			if (!List.of("w", "m", "d").contains(s)) {
				problems.add(new Problem(lineNo, "workshop.selection.sex", cells[sex].strip()));
			}
			if (cells[name].isBlank()) {
				problems.add(new Problem(lineNo, "workshop.selection.name", ""));
			}
			String mail = email < 0 ? null : blankToNull(cells[email]);
			if (mail != null && (mail.length() > 320 || !EMAIL.matcher(mail).matches())) {
				problems.add(new Problem(lineNo, "workshop.selection.email", mail));
			}
			String post = address < 0 ? null : blankToNull(cells[address]);
			if (post != null && post.length() > 500) {
				problems.add(new Problem(lineNo, "workshop.selection.address", Integer.toString(post.length())));
			}
			if (cells[name].strip().length() > 200) {
				problems.add(new Problem(lineNo, "workshop.selection.nameLong", ""));
			}
			if (years != null && List.of("w", "m", "d").contains(s) && !cells[name].isBlank()) {
				String q = cells[quarter].strip();
				people.add(new Person(lineNo, cells[name].strip(), years, s, q.isEmpty() ? "–" : q, mail, post));
			}
		}
		return people;
	}
}
