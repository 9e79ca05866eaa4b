package de.daks.projection.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The start form. Numbers are text so that German decimals ("1,45") are accepted and a wrong entry gets a message
 * naming the field; the assumptions are pre-filled with the derived values and count as edited only when changed.
 */
public class ProjectionForm {

	private String baseYear = "";

	private String horizon = "20";

	private String method = "cohort-component";

	private String historyYears = "5";

	private String scenario = "Basis";

	private boolean sideBySide;

	private String fertilityFactor = "1";

	private String migrationFactor = "1";

	private String timing = "half-before-half-after";

	private String tfr = "";

	private String e0Female = "";

	private String e0Male = "";

	private List<String> netMigration = new ArrayList<>();

	public String getBaseYear() {
		return baseYear;
	}

	public void setBaseYear(@Nullable String baseYear) {
		this.baseYear = baseYear == null ? "" : baseYear;
	}

	public String getHorizon() {
		return horizon;
	}

	public void setHorizon(@Nullable String horizon) {
		this.horizon = horizon == null ? "" : horizon;
	}

	public String getMethod() {
		return method;
	}

	public void setMethod(@Nullable String method) {
		this.method = method == null ? "" : method;
	}

	public String getHistoryYears() {
		return historyYears;
	}

	public void setHistoryYears(@Nullable String historyYears) {
		this.historyYears = historyYears == null ? "" : historyYears;
	}

	public String getScenario() {
		return scenario;
	}

	public void setScenario(@Nullable String scenario) {
		this.scenario = scenario == null ? "" : scenario;
	}

	public boolean isSideBySide() {
		return sideBySide;
	}

	public void setSideBySide(boolean sideBySide) {
		this.sideBySide = sideBySide;
	}

	public String getFertilityFactor() {
		return fertilityFactor;
	}

	public void setFertilityFactor(@Nullable String fertilityFactor) {
		this.fertilityFactor = fertilityFactor == null ? "" : fertilityFactor;
	}

	public String getMigrationFactor() {
		return migrationFactor;
	}

	public void setMigrationFactor(@Nullable String migrationFactor) {
		this.migrationFactor = migrationFactor == null ? "" : migrationFactor;
	}

	public String getTiming() {
		return timing;
	}

	public void setTiming(@Nullable String timing) {
		this.timing = timing == null ? "" : timing;
	}

	public String getTfr() {
		return tfr;
	}

	public void setTfr(@Nullable String tfr) {
		this.tfr = tfr == null ? "" : tfr;
	}

	public String getE0Female() {
		return e0Female;
	}

	public void setE0Female(@Nullable String e0Female) {
		this.e0Female = e0Female == null ? "" : e0Female;
	}

	public String getE0Male() {
		return e0Male;
	}

	public void setE0Male(@Nullable String e0Male) {
		this.e0Male = e0Male == null ? "" : e0Male;
	}

	public List<String> getNetMigration() {
		return netMigration;
	}

	public void setNetMigration(@Nullable List<String> netMigration) {
		this.netMigration = netMigration == null ? new ArrayList<>() : new ArrayList<>(netMigration);
	}
}
