package de.daks.profile;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An expert interview (Experteninterview): who was asked, when, and the key statements in order. */
public record ExpertInterview(long id, String person, @Nullable String role, LocalDate date, List<String> statements) {

	public ExpertInterview {
		statements = List.copyOf(statements);
	}
}
