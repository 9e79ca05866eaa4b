package de.daks.statistics;

/** What an import reports while it runs: values written of the total, and the stage. */
@FunctionalInterface
public interface ImportProgress {

	void update(long done, long total, String message);

	static ImportProgress none() {
		return (done, total, message) -> {
		};
	}
}
