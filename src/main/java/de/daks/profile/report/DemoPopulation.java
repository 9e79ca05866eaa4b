package de.daks.profile.report;

import de.daks.indicators.IndicatorService;
import de.daks.shared.AgeBand;
import de.daks.shared.Sex;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.statistics.CanonicalCsv;
import de.daks.statistics.DatasetId;
import de.daks.statistics.ImportRequest;
import de.daks.statistics.ImportResult;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsImports;
import de.daks.statistics.StatisticsQueries;
import de.daks.statistics.StatisticsQueries.SourcedObservation;
import de.daks.statistics.parse.FileFormat;
import de.daks.statistics.parse.ParseOptions;
import de.daks.statistics.parse.ParsedFile;
import de.daks.statistics.parse.StatisticsParsers;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives the synthetic demo Kommunen population data for their profile. Of a demo Kommune only its published total
 * is real (the seed figure with its date); its age detail is SYNTHETIC: the age structure of Germany (by sex and
 * five-year bands, from the real Regionalstatistik table 12411-04-02-4 of 31.12.2020 in {@code daks.demo.shared-data},
 * or from stored statistics of Germany) scaled to the published total. The dataset is imported through the statistics
 * module with the licence text {@value #LICENCE}, so the label travels with the data and the report shows it.
 *
 * <p>Runs after the demo content at every start and is idempotent: a Kommune whose area already has age detail at
 * the date is left alone (re-importing the same file would change nothing either). Without the real table and
 * without stored statistics of Germany nothing is written – the structure is never invented.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "daks.demo.enabled", havingValue = "true")
class DemoPopulation implements ApplicationRunner {

	static final String LICENCE = "synthetisch – Altersgliederung aus Bundesstruktur skaliert auf die veröffentlichte "
			+ "Einwohnerzahl";

	static final String STRUCTURE_FILE = "genesis/untergeekDE-scrape-covid19/12411-04-02-4.csv";

	static final String STRUCTURE_SOURCE = "Altersstruktur Deutschland 31.12.2020: Regionalstatistik 12411-04-02-4, "
			+ "© Statistische Ämter des Bundes und der Länder, Datenlizenz Deutschland – Namensnennung 2.0";

	private static final Logger log = LoggerFactory.getLogger(DemoPopulation.class);

	private final KommuneManagement kommunen;

	private final StatisticsQueries statistics;

	private final StatisticsImports imports;

	private final IndicatorService indicators;

	private final Path sharedData;

	DemoPopulation(KommuneManagement kommunen, StatisticsQueries statistics, StatisticsImports imports,
			IndicatorService indicators, @Value("${daks.demo.shared-data:../shared/data}") String sharedData) {
		this.kommunen = kommunen;
		this.statistics = statistics;
		this.imports = imports;
		this.indicators = indicators;
		this.sharedData = Path.of(sharedData);
	}

	@Override
	public void run(ApplicationArguments args) {
		var operator = UsernamePasswordAuthenticationToken.authenticated("demo", null,
				AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY));
		SecurityContextHolder.getContext().setAuthentication(operator);
		try {
			load();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	void load() {
		List<PyramidBands.Band> structure = null;
		for (Kommune kommune : kommunen.findAll()) {
			Optional<Target> target = target(kommune);
			if (target.isEmpty() || hasAgeDetail(target.get())) {
				continue;
			}
			if (structure == null) {
				structure = germany();
				if (structure.isEmpty()) {
					log.info("No age structure of Germany available ({} missing) – demo Kommunen get no synthetic "
							+ "age detail", sharedData.resolve(STRUCTURE_FILE));
					return;
				}
			}
			Target t = target.get();
			byte[] csv = csv(scale(structure, t.area(), t.date(), t.total()));
			ImportRequest request = new ImportRequest("synthetisch-altersgliederung-" + t.area() + "-" + t.date()
					+ ".csv", csv, FileFormat.CANONICAL, ParseOptions.NONE, true, kommune.id(), LICENCE,
					"DAKS-Demo (synthetisch): veröffentlichte Einwohnerzahl " + t.total() + " (Stand "
							+ kommune.populationDate() + "); " + STRUCTURE_SOURCE);
			ImportResult result = imports.importFile(request);
			log.info("Synthetic age detail for demo Kommune {} ({} at {}): {}", kommune.name(), t.area(), t.date(),
					result.status());
			// the indicators cache values until told otherwise
			indicators.invalidate();
		}
	}

	/** Area, date and published total of a synthetic Kommune. */
	record Target(String area, LocalDate date, long total) {
	}

	static Optional<Target> target(Kommune kommune) {
		if (!kommune.synthetic() || kommune.population() == null || kommune.populationDate() == null
				|| kommune.areaKeys().isEmpty()) {
			return Optional.empty();
		}
		try {
			LocalDate date = LocalDate.parse(kommune.populationDate());
			// a stock "at 1.1." is the stock at 31.12. of the year before, the date statistics use
			if (date.getMonthValue() == 1 && date.getDayOfMonth() == 1) {
				date = date.minusDays(1);
			}
			return Optional.of(new Target(kommune.areaKeys().get(0), date, kommune.population()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	private boolean hasAgeDetail(Target target) {
		return !PyramidBands.of(statistics.at(target.area(), Measure.POPULATION, target.date())).isEmpty();
	}

	/** Germany by sex and five-year bands: stored statistics if there are any, else the real table. */
	private List<PyramidBands.Band> germany() {
		List<LocalDate> dates = statistics.dates("DG", Measure.POPULATION);
		for (int i = dates.size() - 1; i >= 0; i--) {
			PyramidBands.Result stored = PyramidBands.of(statistics.at("DG", Measure.POPULATION, dates.get(i)));
			if (!stored.isEmpty()) {
				return stored.bands();
			}
		}
		Path file = sharedData.resolve(STRUCTURE_FILE);
		if (!Files.isReadable(file)) {
			return List.of();
		}
		try {
			ParsedFile parsed = StatisticsParsers.parse(file, ParseOptions.NONE);
			DatasetId none = new DatasetId(new UUID(0, 0));
			return PyramidBands.of(parsed.observations().stream()
				.filter(o -> o.area().equals("DG") && o.measure() == Measure.POPULATION)
				.map(o -> new SourcedObservation(o, none))
				.toList()).bands();
		}
		catch (IOException ex) {
			log.warn("Could not read {}: {}", file, ex.getMessage());
			return List.of();
		}
	}

	/**
	 * The structure scaled to the total: persons by sex and band, whole numbers that add up to the total exactly
	 * (largest remainders), plus the total itself.
	 */
	static List<Observation> scale(List<PyramidBands.Band> structure, String area, LocalDate date, long total) {
		double sum = structure.stream().mapToDouble(b -> b.male() + b.female()).sum();
		if (!(sum > 0)) {
			throw new IllegalArgumentException("the age structure is empty");
		}
		record Cell(Sex sex, AgeBand age, double exact) {
		}
		List<Cell> cells = new ArrayList<>();
		for (PyramidBands.Band band : structure) {
			cells.add(new Cell(Sex.MALE, band.age(), band.male() / sum * total));
			cells.add(new Cell(Sex.FEMALE, band.age(), band.female() / sum * total));
		}
		long[] counts = new long[cells.size()];
		long assigned = 0;
		for (int i = 0; i < counts.length; i++) {
			counts[i] = (long) Math.floor(cells.get(i).exact());
			assigned += counts[i];
		}
		List<Integer> byRemainder = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			byRemainder.add(i);
		}
		byRemainder.sort(Comparator.comparingDouble((Integer i) -> cells.get(i).exact() - counts[i]).reversed()
			.thenComparing(i -> i));
		for (int k = 0; assigned < total; k++, assigned++) {
			counts[byRemainder.get(k % counts.length)]++;
		}
		List<Observation> result = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			result.add(Observation.population(area, date, cells.get(i).sex(), cells.get(i).age(), counts[i]));
		}
		result.add(Observation.population(area, date, Sex.TOTAL, AgeBand.ALL, total));
		return result;
	}

	private static byte[] csv(List<Observation> observations) {
		StringWriter text = new StringWriter();
		try (CanonicalCsv.Writer writer = CanonicalCsv.open(text, false)) {
			observations.forEach(writer::write);
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}
}
