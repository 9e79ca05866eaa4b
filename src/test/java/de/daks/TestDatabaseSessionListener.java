package de.daks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the database of a test run before any Spring context starts. {@code -Ddaks.test.database=h2} (default)
 * uses an in-memory H2 in PostgreSQL mode; {@code postgres} drops and recreates the database named in
 * {@code daks.test.postgres.url} so every run starts empty. The Spring profile {@code test} reads the result from
 * the system properties {@code daks.test.datasource.*}.
 */
public class TestDatabaseSessionListener implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (System.getProperty("daks.test.datasource.url") != null) {
			return;
		}
		String database = System.getProperty("daks.test.database", "h2");
		if ("postgres".equals(database)) {
			String url = System.getProperty("daks.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/daks_test");
			String user = System.getProperty("daks.test.postgres.user", "postgres");
			String password = System.getProperty("daks.test.postgres.password", "");
			recreate(url, user, password);
			System.setProperty("daks.test.datasource.url", url);
			System.setProperty("daks.test.datasource.username", user);
			System.setProperty("daks.test.datasource.password", password);
		}
		else {
			System.setProperty("daks.test.datasource.url", "jdbc:h2:mem:daks-test;MODE=PostgreSQL;"
					+ "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			System.setProperty("daks.test.datasource.username", "sa");
			System.setProperty("daks.test.datasource.password", "");
		}
	}

	private static void recreate(String url, String user, String password) {
		int slash = url.lastIndexOf('/');
		String name = url.substring(slash + 1).replaceAll("\\?.*", "");
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalStateException("Unexpected test database name: " + name);
		}
		String maintenance = url.substring(0, slash + 1) + "postgres";
		try (Connection connection = DriverManager.getConnection(maintenance, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + maintenance
					+ " – start it, or skip the PostgreSQL run with -Ddaks.test.postgres.skip=true", ex);
		}
	}
}
