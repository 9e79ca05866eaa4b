package de.daks.indicators.internal;

import de.daks.indicators.IndicatorCatalogue;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The real catalogue for tests without the application: the V7 migration run on a private in-memory H2 (PostgreSQL
 * mode), read by the real {@link CatalogueRepository}. The integration tests read it from the migrated database.
 */
final class TestCatalogue {

	private static IndicatorCatalogue loaded;

	private TestCatalogue() {
	}

	static synchronized IndicatorCatalogue load() {
		if (loaded == null) {
			var dataSource = new SingleConnectionDataSource("jdbc:h2:mem:catalogue-" + UUID.randomUUID()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "", true);
			try {
				JdbcClient jdbc = JdbcClient.create(dataSource);
				jdbc.sql("runscript from 'classpath:db/migration/common/V7_0__indicator_catalogue.sql'").update();
				loaded = new CatalogueRepository(jdbc).load();
			}
			finally {
				dataSource.destroy();
			}
		}
		return loaded;
	}
}
