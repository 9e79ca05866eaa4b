package de.daks.projection;

import de.daks.projection.engine.Timing;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a stored run was computed with besides its inputs: the scenario factors, timing, simulations and seed,
 * and the assumptions a user edited (null = derived). Stored as JSON with the run; {@link #settings()} and
 * {@link #overrides()} hand it to {@link ProjectionMethods}.
 *
 * @param netMigration annual net migrants per five-year group 0–4 … 85+ (18 entries or null), null entries derived
 */
public record ProjectionSettings(double fertilityFactor, double migrationFactor, String timing, int draws, long seed,
		double persistence, @Nullable Double tfr, @Nullable Double e0Female, @Nullable Double e0Male,
		@Nullable List<@Nullable Double> netMigration) {

	/** The defaults of {@link ProjectionMethods.Settings#DEFAULT} without edited assumptions. */
	public static ProjectionSettings defaults() {
		ProjectionMethods.Settings d = ProjectionMethods.Settings.DEFAULT;
		return new ProjectionSettings(d.fertilityFactor(), d.migrationFactor(), d.timing().code(), d.draws(), d.seed(),
				d.persistence(), null, null, null, null);
	}

	public ProjectionMethods.Settings settings() {
		return new ProjectionMethods.Settings(fertilityFactor, migrationFactor, Timing.ofCode(timing), draws, seed,
				persistence);
	}

	public ProjectionMethods.Overrides overrides() {
		return new ProjectionMethods.Overrides(tfr, e0Female, e0Male,
				netMigration == null ? null : netMigration.toArray(new Double[0]));
	}

	/** Whether any assumption was edited. */
	public boolean edited() {
		return !overrides().isEmpty();
	}

	/** The same settings with other scenario factors. */
	public ProjectionSettings withFactors(double fertility, double migration) {
		return new ProjectionSettings(fertility, migration, timing, draws, seed, persistence, tfr, e0Female, e0Male,
				netMigration);
	}

	/** The same settings with another number of simulations (0 = no intervals). */
	public ProjectionSettings withDraws(int value) {
		return new ProjectionSettings(fertilityFactor, migrationFactor, timing, value, seed, persistence, tfr, e0Female,
				e0Male, netMigration);
	}

	@Override
	public String toString() {
		return "ProjectionSettings[fertility " + fertilityFactor + ", migration " + migrationFactor + ", " + timing
				+ ", draws " + draws + ", seed " + seed + ", tfr " + tfr + ", e0 " + e0Female + "/" + e0Male
				+ ", net migration " + (netMigration == null ? null : Arrays.toString(netMigration.toArray())) + "]";
	}
}
