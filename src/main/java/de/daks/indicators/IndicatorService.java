package de.daks.indicators;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.indicators.internal.CatalogueRepository;
import de.daks.indicators.internal.IndicatorCalculator;
import de.daks.indicators.internal.ObservationSource;
import de.daks.indicators.internal.PeerFinder;
import de.daks.shared.KommuneId;
import de.daks.statistics.DatasetId;
import de.daks.statistics.Measure;
import de.daks.statistics.Observation;
import de.daks.statistics.StatisticsQueries;
import de.daks.statistics.StatisticsQueries.SourcedObservation;
import de.daks.territory.Area;
import de.daks.territory.AreaLevel;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import de.daks.territory.TerritoryImported;
import de.daks.territory.TerritoryManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import de.daks.statistics.StatisticsImported;

/**
 * The public entry point of the indicators module: the catalogue, indicator values of an area and year (from the
 * statistics or from given observations, e.g. a projection), comparisons with the parent areas and with peers, and
 * time series.
 *
 * <p>Areas are statistics keys (AGS/ARS, {@code DG}); a territory key (12-digit ARS of a Gemeinde) is translated to
 * the key the statistics use (the ARS itself or its AGS, whichever has population data). Year {@code YYYY} means the
 * reference date 31.12.YYYY. Official statistics are public: the methods taking an area key check nothing, the
 * Kommune methods require {@code KOMMUNE_VIEW}. Results are cached until statistics or territory are imported.
 */
@Service
public class IndicatorService {

	/** The dataset id given observations are attributed to when the caller names none. */
	public static final DatasetId GIVEN = new DatasetId(new UUID(0, 0));

	private static final int CACHE_LIMIT = 5_000;

	private static final int MAX_PEER_CANDIDATES = 1_200;

	private final CatalogueRepository repository;

	private final ObjectProvider<StatisticsQueries> statistics;

	private final TerritoryManagement territory;

	private final KommuneManagement kommunen;

	private final Authorization authorization;

	private volatile @Nullable IndicatorCatalogue catalogue;

	private final Map<String, Indicators> cache = new ConcurrentHashMap<>();

	private final Map<String, PeerGroup> peerCache = new ConcurrentHashMap<>();

	private final Map<String, String> keys = new ConcurrentHashMap<>();

	IndicatorService(CatalogueRepository repository, ObjectProvider<StatisticsQueries> statistics,
			TerritoryManagement territory, KommuneManagement kommunen, Authorization authorization) {
		this.repository = repository;
		this.statistics = statistics;
		this.territory = territory;
		this.kommunen = kommunen;
		this.authorization = authorization;
	}

	// ---------------------------------------------------------------------------------------------- catalogue

	/** The catalogue of definitions (loaded once from {@code indicator_definition}). */
	public IndicatorCatalogue catalogue() {
		IndicatorCatalogue loaded = catalogue;
		if (loaded == null) {
			loaded = repository.load();
			catalogue = loaded;
		}
		return loaded;
	}

	// ---------------------------------------------------------------------------------------------- values

	/** Every indicator of the catalogue for the area (statistics or territory key) at 31.12. of the year. */
	public Indicators compute(String area, int year) {
		String key = statisticsKey(area);
		String cacheKey = key + "@" + year;
		Indicators cached = cache.get(cacheKey);
		if (cached != null) {
			return cached;
		}
		Indicators computed = calculator(key).compute(catalogue().all(), key, year);
		if (cache.size() > CACHE_LIMIT) {
			cache.clear();
		}
		cache.put(cacheKey, computed);
		return computed;
	}

	/**
	 * Every indicator for a given set of observations of one area instead of the stored statistics – e.g. a projected
	 * population of a future year. The observations need not be stored; values are attributed to {@code source}.
	 *
	 * @param areaKm2 the area for the density, null if not wanted
	 */
	public Indicators computeFrom(Collection<Observation> observations, String area, int year,
			@Nullable BigDecimal areaKm2, DatasetId source) {
		return new IndicatorCalculator(ObservationSource.of(observations, source), areaKm2)
			.compute(catalogue().all(), area, year);
	}

	/** {@link #computeFrom(Collection, String, int, BigDecimal, DatasetId)} attributed to {@link #GIVEN}. */
	public Indicators computeFrom(Collection<Observation> observations, String area, int year) {
		return computeFrom(observations, area, year, null, GIVEN);
	}

	/** The years with population data at 31.12. for the area, ascending. */
	public List<Integer> years(String area) {
		return queries().dates(statisticsKey(area), Measure.POPULATION).stream()
			.filter(d -> d.getMonthValue() == 12 && d.getDayOfMonth() == 31)
			.map(LocalDate::getYear)
			.toList();
	}

	/** The latest year with population data, if any. */
	public Optional<Integer> latestYear(String area) {
		List<Integer> years = years(area);
		return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
	}

	/** One indicator over all years with population data (years where it is not computable are left out). */
	public List<IndicatorValue> series(String area, String definitionId) {
		catalogue().get(definitionId);
		List<IndicatorValue> values = new ArrayList<>();
		for (int year : years(area)) {
			compute(area, year).value(definitionId).ifPresent(values::add);
		}
		return values;
	}

	/**
	 * One indicator over the years of the area, next to the same indicator of its Kreis, Land and Germany: rows by
	 * year (ascending), values in the order of {@link Comparison#others()} of {@link #compareWithParents}.
	 */
	public List<SeriesComparison.Row> seriesWithParents(String area, String definitionId) {
		catalogue().get(definitionId);
		List<Integer> years = years(area);
		List<SeriesComparison.Row> rows = new ArrayList<>();
		for (int year : years) {
			Comparison comparison = compareWithParents(area, year);
			List<@Nullable IndicatorValue> others = new ArrayList<>();
			comparison.others().forEach(c -> others.add(c.value(definitionId).orElse(null)));
			rows.add(new SeriesComparison.Row(year, comparison.subject().value(definitionId).orElse(null), others));
		}
		return rows;
	}

	// ---------------------------------------------------------------------------------------------- comparisons

	/** The area next to its Kreis, Land and Germany (those of its territory ancestors that exist). */
	public Comparison compareWithParents(String area, int year) {
		Optional<Area> node = territoryArea(area);
		Comparison.Compared subject = new Comparison.Compared("subject", statisticsKey(area),
				node.map(Area::name).orElse(area), compute(area, year));
		List<Comparison.Compared> others = new ArrayList<>();
		if (node.isPresent()) {
			List<Area> ancestors = new ArrayList<>(territory.ancestors(node.get().key()));
			java.util.Collections.reverse(ancestors);
			for (Area ancestor : ancestors) {
				String role = switch (ancestor.level()) {
					case KREIS -> "kreis";
					case LAND -> "land";
					case STAAT -> "germany";
					default -> null;
				};
				if (role != null) {
					others.add(new Comparison.Compared(role, statisticsKey(ancestor.key()), ancestor.name(),
							compute(ancestor.key(), year)));
				}
			}
		}
		if (others.stream().noneMatch(c -> c.role().equals("germany")) && !AreaLevel.GERMANY.equals(area)) {
			others.add(new Comparison.Compared("germany", AreaLevel.GERMANY, "Deutschland",
					compute(AreaLevel.GERMANY, year)));
		}
		return new Comparison(subject, others);
	}

	/**
	 * Up to {@code size} areas most similar to the area in the year: nearest neighbours in the standardised space of
	 * the features of {@link PeerFinder#FEATURES} among the areas of the same level with data (Gemeinden: of the same Land), or – if the
	 * area's features are not computable – the areas of most similar population. See {@link PeerGroup#method()}.
	 */
	public PeerGroup peers(String area, int year, int size) {
		String key = statisticsKey(area);
		return peerCache.computeIfAbsent(key + "@" + year + "#" + size, k -> findPeers(key, year, size));
	}

	private PeerGroup findPeers(String key, int year, int size) {
		List<String> candidates = queries().areasWith(Measure.POPULATION, LocalDate.of(year, 12, 31)).stream()
			.filter(k -> !k.equals(key) && k.length() == key.length() && !k.contains("-Q-"))
			.filter(k -> key.length() < 8 || k.startsWith(key.substring(0, 2)))
			.sorted()
			.limit(MAX_PEER_CANDIDATES)
			.toList();
		List<IndicatorDefinition> features = PeerFinder.featureIds().stream().map(id -> catalogue().find(id))
			.flatMap(Optional::stream).toList();
		Indicators own = calculator(key).compute(features, key, year);
		Map<String, Indicators> theirs = new HashMap<>();
		for (String candidate : candidates) {
			theirs.put(candidate, calculator(candidate).compute(features, candidate, year));
		}
		return PeerFinder.find(own, theirs, names(candidates), size);
	}

	// ---------------------------------------------------------------------------------------------- Kommunen

	/**
	 * The statistics key of a Kommune's territory – its first linked area with population data, else its first linked
	 * area; requires {@code KOMMUNE_VIEW}. Empty if the Kommune is not linked to the territory. (An alliance of several
	 * areas is not summed up: its indicators are those of that one area.)
	 */
	public Optional<String> areaOf(KommuneId kommuneId) {
		authorization.require(Permission.KOMMUNE_VIEW, kommuneId);
		Kommune kommune = kommunen.get(kommuneId);
		List<String> keys = kommune.areaKeys().stream().map(this::statisticsKey).toList();
		return keys.stream().filter(k -> !queries().dates(k, Measure.POPULATION).isEmpty()).findFirst()
			.or(() -> keys.stream().findFirst());
	}

	/** The name of an area from the territory, or the key. */
	public String name(String area) {
		return territoryArea(area).map(Area::name).orElse(area);
	}

	// ---------------------------------------------------------------------------------------------- cache

	/** Forgets all cached values (called when statistics or territory change). */
	public void invalidate() {
		cache.clear();
		peerCache.clear();
		keys.clear();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(TerritoryImported event) {
		invalidate();
	}

	/** A new dataset can change any value (the newest dataset wins per cell): forget everything once it is committed. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(StatisticsImported event) {
		invalidate();
	}

	// ---------------------------------------------------------------------------------------------- helpers

	private IndicatorCalculator calculator(String key) {
		BigDecimal km2 = territoryArea(key).map(Area::areaKm2).orElse(null);
		return new IndicatorCalculator(ObservationSource.of(queries(), key), km2);
	}

	private StatisticsQueries queries() {
		StatisticsQueries queries = statistics.getIfAvailable();
		return queries != null ? queries : NO_STATISTICS;
	}

	/** Until the statistics module provides its store, an empty one (so the module works without data). */
	private static final StatisticsQueries NO_STATISTICS = new StatisticsQueries() {

		@Override
		public List<SourcedObservation> at(String area, Measure measure, LocalDate date) {
			return List.of();
		}

		@Override
		public List<SourcedObservation> series(String area, Measure measure) {
			return List.of();
		}

		@Override
		public List<LocalDate> dates(String area, Measure measure) {
			return List.of();
		}

		@Override
		public Set<String> areasWith(Measure measure, LocalDate date) {
			return Set.of();
		}
	};

	/**
	 * The key under which the statistics hold the area: the key itself, or for a territory Gemeinde (12-digit ARS) its
	 * 8-digit AGS – whichever has population data (the key itself if neither has).
	 */
	String statisticsKey(String area) {
		return keys.computeIfAbsent(area, this::resolveKey);
	}

	private String resolveKey(String area) {
		Set<String> candidates = new LinkedHashSet<>();
		candidates.add(area);
		territoryArea(area).ifPresent(a -> {
			candidates.add(a.key());
			if (a.ags() != null) {
				candidates.add(a.ags());
			}
		});
		for (String candidate : candidates) {
			if (!queries().dates(candidate, Measure.POPULATION).isEmpty()) {
				return candidate;
			}
		}
		return area;
	}

	private Optional<Area> territoryArea(String key) {
		Optional<Area> direct = territory.find(key);
		if (direct.isPresent() || !key.matches("\\d{8}")) {
			return direct;
		}
		return territory.search(key, 1).stream().filter(a -> key.equals(a.ags())).findFirst();
	}

	private Map<String, String> names(List<String> keys) {
		Map<String, String> names = new HashMap<>();
		territory.findAll(keys).forEach(a -> names.put(a.key(), a.name()));
		return names;
	}
}
