package de.daks.statistics.internal;

import de.daks.shared.Ars;
import de.daks.statistics.Measure;
import de.daks.statistics.StatisticsQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics as other modules read them. A 12-digit ARS of a Gemeinde also finds values stored under its 8-digit
 * AGS (register extracts and official Gemeinde tables use the AGS); values come back under the key asked for.
 */
@Service
@Transactional(readOnly = true)
class JdbcStatisticsQueries implements StatisticsQueries {

	private final StatisticsRepository repository;

	JdbcStatisticsQueries(StatisticsRepository repository) {
		this.repository = repository;
	}

	@Override
	public List<SourcedObservation> at(String area, Measure measure, LocalDate date) {
		return repository.query(area, spellings(area), measure, date);
	}

	@Override
	public List<SourcedObservation> series(String area, Measure measure) {
		return repository.query(area, spellings(area), measure, null);
	}

	@Override
	public List<LocalDate> dates(String area, Measure measure) {
		return repository.dates(spellings(area), measure);
	}

	@Override
	public Set<String> areasWith(Measure measure, LocalDate date) {
		return repository.areasWith(measure, date);
	}

	static List<String> spellings(String area) {
		if (area.length() == 12 && Ars.isValid(area)) {
			return List.of(area, new Ars(area).ags());
		}
		return List.of(area);
	}
}
