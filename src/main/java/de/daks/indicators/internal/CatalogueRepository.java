package de.daks.indicators.internal;

import de.daks.indicators.IndicatorCatalogue;
import de.daks.indicators.IndicatorDefinition;
import de.daks.indicators.IndicatorDefinition.Term;
import de.daks.indicators.IndicatorKind;
import de.daks.shared.Sex;
import de.daks.statistics.Measure;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the indicator catalogue ({@code indicator_definition}, seeded by the V7 migrations). */
@Repository
public class CatalogueRepository {

	private final JdbcClient jdbc;

	CatalogueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public IndicatorCatalogue load() {
		return new IndicatorCatalogue(jdbc.sql("select * from indicator_definition order by position")
			.query((rs, n) -> definition(rs))
			.list());
	}

	private static IndicatorDefinition definition(ResultSet rs) throws SQLException {
		String id = rs.getString("id");
		try {
			int period = rs.getInt("period_years");
			Integer periodYears = rs.wasNull() ? null : period;
			Term numerator = term(rs.getString("num_measure"), rs.getString("num_minus_measure"),
					rs.getString("num_ages"), rs.getString("num_sex"));
			String denMeasure = rs.getString("den_measure");
			Term denominator = denMeasure == null ? null
					: term(denMeasure, null, rs.getString("den_ages"), rs.getString("den_sex"));
			return new IndicatorDefinition(id, rs.getInt("position"), rs.getString("topic"),
					IndicatorKind.ofCode(rs.getString("kind")), rs.getString("name_de"), rs.getString("name_en"),
					numerator, denominator, rs.getInt("scale"), rs.getInt("window_years"),
					periodYears, rs.getString("variant"), rs.getString("unit"),
					rs.getString("description_de"), rs.getString("description_en"), rs.getString("source"));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalStateException("indicator_definition '" + id + "' is invalid: " + ex.getMessage(), ex);
		}
	}

	private static Term term(String measure, @Nullable String minus, @Nullable String ages, String sex) {
		return new Term(Measure.ofCode(measure), minus == null ? null : Measure.ofCode(minus),
				Term.parseAges(ages), Sex.ofCode(sex.trim()));
	}
}
