package de.daks.programme.call;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The targets of the selection page (bound from the query string). */
public class SelectionForm {

	private @Nullable Integer places;

	private boolean everyLand = true;

	private int minPerType;

	private int minPerSizeClass;

	private int grwPercent;

	private int shrinkingPercent;

	private List<String> include = new ArrayList<>();

	private List<String> exclude = new ArrayList<>();

	private boolean run;

	public @Nullable Integer getPlaces() {
		return places;
	}

	public void setPlaces(@Nullable Integer places) {
		this.places = places;
	}

	public boolean isEveryLand() {
		return everyLand;
	}

	public void setEveryLand(boolean everyLand) {
		this.everyLand = everyLand;
	}

	public int getMinPerType() {
		return minPerType;
	}

	public void setMinPerType(int minPerType) {
		this.minPerType = minPerType;
	}

	public int getMinPerSizeClass() {
		return minPerSizeClass;
	}

	public void setMinPerSizeClass(int minPerSizeClass) {
		this.minPerSizeClass = minPerSizeClass;
	}

	public int getGrwPercent() {
		return grwPercent;
	}

	public void setGrwPercent(int grwPercent) {
		this.grwPercent = grwPercent;
	}

	public int getShrinkingPercent() {
		return shrinkingPercent;
	}

	public void setShrinkingPercent(int shrinkingPercent) {
		this.shrinkingPercent = shrinkingPercent;
	}

	public List<String> getInclude() {
		return include;
	}

	public void setInclude(List<String> include) {
		this.include = include;
	}

	public List<String> getExclude() {
		return exclude;
	}

	public void setExclude(List<String> exclude) {
		this.exclude = exclude;
	}

	public boolean isRun() {
		return run;
	}

	public void setRun(boolean run) {
		this.run = run;
	}
}
