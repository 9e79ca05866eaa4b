package de.daks.programme;

import de.daks.process.Step;
import de.daks.territory.KommuneKind;
import org.jspecify.annotations.Nullable;

/** Filters of the Synopse, bound from query parameters ({@code ?land=05&kind=LANDKREIS&size=FROM_100000&step=KICK_OFF}). */
class SynopseFilter {

	private @Nullable String land;

	private @Nullable KommuneKind kind;

	private @Nullable SizeClass size;

	private @Nullable Step step;

	private SynopseTable table = SynopseTable.STEPS;

	/** The table shown on the page (not a filter: the exports hold every table). */
	public SynopseTable getTable() {
		return table;
	}

	public void setTable(@Nullable SynopseTable table) {
		this.table = table == null ? SynopseTable.STEPS : table;
	}

	public @Nullable Step getStep() {
		return step;
	}

	public void setStep(@Nullable Step step) {
		this.step = step;
	}

	public @Nullable String getLand() {
		return land;
	}

	public void setLand(@Nullable String land) {
		this.land = land == null || land.isBlank() ? null : land;
	}

	public @Nullable KommuneKind getKind() {
		return kind;
	}

	public void setKind(@Nullable KommuneKind kind) {
		this.kind = kind;
	}

	public @Nullable SizeClass getSize() {
		return size;
	}

	public void setSize(@Nullable SizeClass size) {
		this.size = size;
	}
}
