package de.daks.territory;

import de.daks.shared.audit.AuditLog;
import de.daks.territory.internal.AreaRepository;
import de.daks.territory.internal.AreaRepository.AreaRow;
import de.daks.territory.internal.AreaRepository.GeometryRow;
import de.daks.territory.internal.BoundaryReader;
import de.daks.territory.internal.Gv100adParser;
import de.daks.territory.internal.Gv100adRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The territory tree: find, navigate and search areas, read their boundaries, and import the Gemeindeverzeichnis
 * (GV100AD) and boundary files (GeoJSON).
 *
 * <p>Imports are all-or-nothing (a file with any error stores nothing and the report lists line or feature, field
 * and reason) and idempotent (upsert by key; a file imported before whose areas are all still there is recognised
 * by its SHA-256 and not written again). Callers check the permission ({@code TERRITORY_MANAGE}): the web pages and
 * commands do, demo loading runs as the system.
 */
@Service
public class TerritoryManagement {

	private static final Logger log = LoggerFactory.getLogger(TerritoryManagement.class);

	/** Source note of the Gemeindeverzeichnis; the year is the year of its Gebietsstand. */
	static final String DESTATIS_ATTRIBUTION = "© Statistisches Bundesamt (Destatis), ";

	/** Source note of the BKG boundaries; "Daten verändert" because they are simplified for maps. */
	public static final String BKG_ATTRIBUTION = "© GeoBasis-DE / BKG (Daten verändert)";

	private final AreaRepository areas;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	TerritoryManagement(AreaRepository areas, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.areas = areas;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	// ---------------------------------------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public Optional<Area> find(String key) {
		return areas.find(key);
	}

	@Transactional(readOnly = true)
	public Area get(String key) {
		return areas.find(key).orElseThrow(() -> new de.daks.shared.NotFoundException("Area " + key));
	}

	/** The areas with the given keys, in the order of the keys; unknown keys are skipped. */
	@Transactional(readOnly = true)
	public List<Area> findAll(Collection<String> keys) {
		Map<String, Area> byKey = new HashMap<>();
		areas.findAll(keys).forEach(a -> byKey.put(a.key(), a));
		return keys.stream().map(byKey::get).filter(java.util.Objects::nonNull).toList();
	}

	/** The direct children (current, not retired), by name. */
	@Transactional(readOnly = true)
	public List<Area> children(String key) {
		return areas.children(key);
	}

	/** The ancestors from the root (Germany) down to the parent; empty for the root or an unknown key. */
	@Transactional(readOnly = true)
	public List<Area> ancestors(String key) {
		List<Area> chain = new ArrayList<>();
		Optional<Area> current = areas.find(key);
		while (current.isPresent() && current.get().parentKey() != null && chain.size() < 10) {
			current = areas.find(current.get().parentKey());
			current.ifPresent(a -> chain.add(0, a));
		}
		return chain;
	}

	/**
	 * Finds areas by name (case- and umlaut-insensitive: exact name first, then prefix, word prefix and substring,
	 * larger population first), by key (ARS or AGS, any prefix of 2 or more digits) or by postcode (5 digits; the
	 * GV100AD gives the postcode of each Gemeinde's seat).
	 */
	@Transactional(readOnly = true)
	public List<Area> search(String query, int limit) {
		String q = query.strip();
		if (q.isEmpty() || limit <= 0) {
			return List.of();
		}
		if (q.matches("\\d{2,12}")) {
			return areas.searchByKey(q, limit);
		}
		String folded = de.daks.territory.internal.SearchNames.folded(q);
		String plain = de.daks.territory.internal.SearchNames.plain(q);
		if (folded.isEmpty()) {
			return List.of();
		}
		return areas.searchByName(folded, plain, limit);
	}

	/** Number of current areas per level. */
	@Transactional(readOnly = true)
	public Map<AreaLevel, Integer> counts() {
		return areas.countsByLevel();
	}

	/** The boundary of an area, if stored. */
	@Transactional(readOnly = true)
	public Optional<AreaShape> geometry(String key) {
		return areas.shape(key);
	}

	/** All stored boundaries of a level (e.g. the 16 Länder for an overview map), by key. */
	@Transactional(readOnly = true)
	public List<AreaShape> geometries(AreaLevel level) {
		return areas.shapes(level);
	}

	/** The stored boundaries of the given areas; areas without boundary are left out. */
	@Transactional(readOnly = true)
	public List<AreaShape> geometries(Collection<String> keys) {
		return areas.shapes(keys);
	}

	/**
	 * A representative point inside the area for a marker; for an area without boundary the point of its nearest
	 * ancestor that has one (a Gemeinde without boundary is placed in its Kreis).
	 */
	@Transactional(readOnly = true)
	public Optional<GeoPoint> centroid(String key) {
		String current = key;
		for (int depth = 0; current != null && depth < 10; depth++) {
			Optional<GeoPoint> point = areas.point(current);
			if (point.isPresent()) {
				return point;
			}
			current = areas.find(current).map(Area::parentKey).orElse(null);
		}
		return Optional.empty();
	}

	/**
	 * {@link #centroid} for many areas at once (e.g. the markers of a programme's 400 Kommunen): a few queries per
	 * level of the tree instead of some per area. Areas without a located ancestor are left out.
	 */
	@Transactional(readOnly = true)
	public Map<String, GeoPoint> centroids(Collection<String> keys) {
		Map<String, GeoPoint> result = new HashMap<>();
		// area asked for -> the key looked at now (itself, then its parent, ...)
		Map<String, String> current = new HashMap<>();
		keys.forEach(k -> current.put(k, k));
		for (int depth = 0; !current.isEmpty() && depth < 10; depth++) {
			Map<String, GeoPoint> points = areas.points(current.values());
			current.entrySet().removeIf(e -> {
				GeoPoint point = points.get(e.getValue());
				if (point != null) {
					result.put(e.getKey(), point);
				}
				return point != null;
			});
			Map<String, String> parents = areas.parentKeys(current.values());
			current.replaceAll((k, v) -> parents.get(v));
			current.values().removeIf(java.util.Objects::isNull);
		}
		return result;
	}

	// ---------------------------------------------------------------------------------------------- GV100AD

	public ImportReport importGemeindeverzeichnis(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return importGemeindeverzeichnis(in, file.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Imports a Gemeindeverzeichnis in the original GV100AD format (UTF-8). Upper levels get the sums of area and
	 * population of their Gemeinden; the population reference date is 31 December of the year before the
	 * Gebietsstand (Destatis publishes the population of the previous year-end with each Gemeindeverzeichnis).
	 * Official areas of earlier imports that the file no longer lists are marked retired, not deleted.
	 */
	public ImportReport importGemeindeverzeichnis(InputStream in, String fileName) {
		long start = System.nanoTime();
		MessageDigest digest = sha256();
		Gv100adParser.Result result;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(new DigestInputStream(in, digest),
				StandardCharsets.UTF_8), 1 << 16)) {
			result = Gv100adParser.parse(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String sha = HexFormat.of().formatHex(digest.digest());
		if (!result.isValid()) {
			return failed(TerritoryDataset.GV100AD, fileName, result.gebietsstand(), result.problems(), start);
		}
		LocalDate stand = java.util.Objects.requireNonNull(result.gebietsstand());
		Optional<TerritoryDataset> previous = areas.findDataset(TerritoryDataset.GV100AD, sha);
		int expected = result.records().size() + 1;
		if (previous.isPresent() && areas.countOfDataset(previous.get().id()) == expected) {
			return new ImportReport(TerritoryDataset.GV100AD, fileName, stand, true, true, result.counts(),
					result.regions(), elapsed(start), List.of(), 0, List.of(), 0);
		}
		transaction.executeWithoutResult(status -> {
			Instant now = clock.instant();
			TerritoryDataset dataset = previous.orElseGet(() -> {
				TerritoryDataset created = new TerritoryDataset(UUID.randomUUID(), TerritoryDataset.GV100AD, fileName,
						stand, now, currentActor(), DESTATIS_ATTRIBUTION + stand.getYear(),
						TerritoryDataset.DL_DE_BY_2_0);
				areas.insertDataset(created, sha, result.records().size());
				return created;
			});
			areas.upsert(rows(result.records(), dataset.id(), LocalDate.of(stand.getYear() - 1, 12, 31)), now);
			int retired = areas.retireOfficialAreasNotIn(dataset.id(), now);
			audit.record("territory.gv100ad.imported", "TerritoryDataset", dataset.id().toString(), null,
					fileName + ": " + result.counts() + (retired > 0 ? ", retired " + retired : ""));
			events.publishEvent(new TerritoryImported(dataset.id(), TerritoryDataset.GV100AD));
		});
		Duration duration = elapsed(start);
		log.info("Imported {} ({} records) in {} ms", fileName, result.records().size(), duration.toMillis());
		return new ImportReport(TerritoryDataset.GV100AD, fileName, stand, true, false, result.counts(),
				result.regions(), duration, List.of(), 0, List.of(), 0);
	}

	/** The rows to write, with Germany as root and the sums of the Gemeinden on every upper level. */
	private static List<AreaRow> rows(List<Gv100adRecord> records, UUID dataset, LocalDate populationDate) {
		Map<String, String> parents = new HashMap<>();
		records.forEach(r -> parents.put(r.key(), r.parentKey()));
		Map<String, long[]> sums = new HashMap<>();
		for (Gv100adRecord r : records) {
			if (r.level() != AreaLevel.GEMEINDE) {
				continue;
			}
			long[] values = { r.areaHa(), r.population(), r.populationMale(), r.populationFemale() };
			for (String key = r.parentKey(); key != null; key = parents.get(key)) {
				long[] sum = sums.computeIfAbsent(key, k -> new long[4]);
				for (int i = 0; i < 4; i++) {
					sum[i] += values[i];
				}
			}
		}
		List<AreaRow> rows = new ArrayList<>(records.size() + 1);
		long[] germany = sums.getOrDefault(AreaLevel.GERMANY, new long[4]);
		rows.add(new AreaRow(AreaLevel.GERMANY, AreaLevel.STAAT, null, "Deutschland", null, "Bundesrepublik", null,
				null, germany[0], germany[1], germany[2], germany[3], populationDate, null, dataset, null));
		for (Gv100adRecord r : records) {
			if (r.level() == AreaLevel.GEMEINDE) {
				rows.add(new AreaRow(r.key(), r.level(), r.parentKey(), r.name(), r.typeCode(), r.designation(),
						r.ags(), r.seat(), r.areaHa(), r.population(), r.populationMale(), r.populationFemale(),
						populationDate, r.postcode(), dataset, null));
			}
			else {
				long[] sum = sums.getOrDefault(r.key(), new long[4]);
				rows.add(new AreaRow(r.key(), r.level(), r.parentKey(), r.name(), r.typeCode(), r.designation(),
						r.ags(), r.seat(), sum[0], sum[1], sum[2], sum[3], populationDate, null, dataset, null));
			}
		}
		return rows;
	}

	// ---------------------------------------------------------------------------------------------- boundaries

	public ImportReport importBoundaries(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return importBoundaries(in, file.getFileName().toString(), BKG_ATTRIBUTION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Imports boundaries from a GeoJSON FeatureCollection whose features carry the ARS of known areas (see
	 * {@link BoundaryReader} for what is an error and what a warning). Geometries are simplified per level for maps.
	 * @param attribution the source note the licence of the file requires
	 */
	public ImportReport importBoundaries(InputStream in, String fileName, String attribution) {
		long start = System.nanoTime();
		MessageDigest digest = sha256();
		Set<String> known = areas.officialKeys();
		BoundaryReader.Result result = BoundaryReader.read(new DigestInputStream(in, digest), known::contains);
		String sha = HexFormat.of().formatHex(digest.digest());
		if (!result.isValid()) {
			return failed(TerritoryDataset.BOUNDARIES, fileName, null, result.errors(), start);
		}
		List<ImportProblem> warnings = result.warnings();
		List<ImportProblem> listed = warnings.subList(0, Math.min(warnings.size(), ImportReport.MAX_LISTED));
		Optional<TerritoryDataset> previous = areas.findDataset(TerritoryDataset.BOUNDARIES, sha);
		if (previous.isPresent() && areas.countGeometriesOfDataset(previous.get().id()) == result.features().size()) {
			return new ImportReport(TerritoryDataset.BOUNDARIES, fileName, null, true, true, result.counts(),
					result.skipped(), elapsed(start), List.of(), 0, listed, warnings.size());
		}
		transaction.executeWithoutResult(status -> {
			Instant now = clock.instant();
			TerritoryDataset dataset = previous.orElseGet(() -> {
				TerritoryDataset created = new TerritoryDataset(UUID.randomUUID(), TerritoryDataset.BOUNDARIES,
						fileName, null, now, currentActor(), attribution, TerritoryDataset.DL_DE_BY_2_0);
				areas.insertDataset(created, sha, result.features().size());
				return created;
			});
			areas.saveGeometries(result.features().stream()
				.map(f -> new GeometryRow(f.key(), f.geoJson(), f.bounds(), f.pointLon(), f.pointLat(), f.points()))
				.toList(), dataset.id(), now);
			audit.record("territory.boundaries.imported", "TerritoryDataset", dataset.id().toString(), null,
					fileName + ": " + result.counts() + ", " + warnings.size() + " warnings");
			events.publishEvent(new TerritoryImported(dataset.id(), TerritoryDataset.BOUNDARIES));
		});
		return new ImportReport(TerritoryDataset.BOUNDARIES, fileName, null, true, false, result.counts(),
				result.skipped(), elapsed(start), List.of(), 0, listed, warnings.size());
	}

	// ---------------------------------------------------------------------------------------------- helpers

	private static ImportReport failed(String kind, String fileName, @Nullable LocalDate stand,
			List<ImportProblem> problems, long start) {
		return new ImportReport(kind, fileName, stand, false, false, Map.of(), 0, elapsed(start),
				problems.subList(0, Math.min(problems.size(), ImportReport.MAX_LISTED)), problems.size(), List.of(), 0);
	}

	private static Duration elapsed(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
				? "system" : authentication.getName();
	}
}
