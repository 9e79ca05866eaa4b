package de.daks.statistics.web;

import de.daks.statistics.internal.MappingSpec;
import de.daks.statistics.parse.QuarterMapping;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The review page's settings: the format (empty = detect), the area and reference date a file does not name, the
 * licence and attribution to record when the file names none, and for a
 * quarter table the column mapping (shown only for that format; {@code mapping} says it was part of the form).
 */
public class SettingsForm {

	private @Nullable String format;

	private @Nullable String area;

	private @Nullable String date;

	private @Nullable String licence;

	private @Nullable String attribution;

	private boolean mapping;

	private @Nullable String preset;

	private String layout = QuarterMapping.Layout.WIDE.name();

	private @Nullable String areaColumn;

	private String areaTemplate = "{id}";

	private String areaKeys = "";

	private @Nullable String dateColumn;

	private boolean halfYearInFileName;

	private @Nullable String labelColumn;

	private @Nullable String valueColumn;

	private @Nullable String filterColumn;

	private String filterValues = "";

	private List<ColumnForm> columns = new ArrayList<>();

	/** One value column of a wide table. */
	public static class ColumnForm {

		private String name = "";

		private @Nullable String measure;

		private String sex = "t";

		private @Nullable Integer ageFrom;

		private @Nullable Integer ageTo;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public @Nullable String getMeasure() {
			return measure;
		}

		public void setMeasure(@Nullable String measure) {
			this.measure = measure;
		}

		public String getSex() {
			return sex;
		}

		public void setSex(String sex) {
			this.sex = sex;
		}

		public @Nullable Integer getAgeFrom() {
			return ageFrom;
		}

		public void setAgeFrom(@Nullable Integer ageFrom) {
			this.ageFrom = ageFrom;
		}

		public @Nullable Integer getAgeTo() {
			return ageTo;
		}

		public void setAgeTo(@Nullable Integer ageTo) {
			this.ageTo = ageTo;
		}
	}

	static SettingsForm of(@Nullable String format, @Nullable String area, @Nullable String date,
			@Nullable MappingSpec spec) {
		SettingsForm form = new SettingsForm();
		form.format = format;
		form.area = area;
		form.date = date;
		if (spec != null) {
			form.preset = spec.name();
			form.layout = spec.layout().name();
			form.areaColumn = spec.areaColumn();
			form.areaTemplate = spec.areaTemplate();
			form.areaKeys = spec.areaKeys();
			form.dateColumn = spec.dateColumn();
			form.halfYearInFileName = spec.halfYearInFileName();
			form.labelColumn = spec.labelColumn();
			form.valueColumn = spec.valueColumn();
			form.filterColumn = spec.filterColumn();
			form.filterValues = spec.filterValues();
			for (MappingSpec.Column column : spec.columns()) {
				ColumnForm c = new ColumnForm();
				c.name = column.name();
				c.measure = column.measure();
				c.sex = column.sex();
				c.ageFrom = column.ageFrom();
				c.ageTo = column.ageTo();
				form.columns.add(c);
			}
		}
		return form;
	}

	MappingSpec toSpec() {
		List<MappingSpec.Column> specColumns = columns.stream()
			.map(c -> new MappingSpec.Column(c.name, blankToNull(c.measure), c.sex == null ? "t" : c.sex, c.ageFrom,
					c.ageTo))
			.toList();
		return new MappingSpec(preset == null || preset.isBlank() ? "custom" : preset,
				QuarterMapping.Layout.valueOf(layout), blankToNull(areaColumn),
				areaTemplate == null ? "" : areaTemplate.trim(), areaKeys == null ? "" : areaKeys,
				blankToNull(dateColumn), halfYearInFileName, blankToNull(labelColumn), blankToNull(valueColumn),
				blankToNull(filterColumn), filterValues == null ? "" : filterValues, specColumns);
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	public @Nullable String getFormat() {
		return format;
	}

	public void setFormat(@Nullable String format) {
		this.format = format;
	}

	public @Nullable String getArea() {
		return area;
	}

	public void setArea(@Nullable String area) {
		this.area = area;
	}

	public @Nullable String getDate() {
		return date;
	}

	public void setDate(@Nullable String date) {
		this.date = date;
	}

	public @Nullable String getLicence() {
		return licence;
	}

	public void setLicence(@Nullable String licence) {
		this.licence = licence;
	}

	public @Nullable String getAttribution() {
		return attribution;
	}

	public void setAttribution(@Nullable String attribution) {
		this.attribution = attribution;
	}

	public boolean isMapping() {
		return mapping;
	}

	public void setMapping(boolean mapping) {
		this.mapping = mapping;
	}

	public @Nullable String getPreset() {
		return preset;
	}

	public void setPreset(@Nullable String preset) {
		this.preset = preset;
	}

	public String getLayout() {
		return layout;
	}

	public void setLayout(String layout) {
		this.layout = layout;
	}

	public @Nullable String getAreaColumn() {
		return areaColumn;
	}

	public void setAreaColumn(@Nullable String areaColumn) {
		this.areaColumn = areaColumn;
	}

	public String getAreaTemplate() {
		return areaTemplate;
	}

	public void setAreaTemplate(String areaTemplate) {
		this.areaTemplate = areaTemplate;
	}

	public String getAreaKeys() {
		return areaKeys;
	}

	public void setAreaKeys(String areaKeys) {
		this.areaKeys = areaKeys;
	}

	public @Nullable String getDateColumn() {
		return dateColumn;
	}

	public void setDateColumn(@Nullable String dateColumn) {
		this.dateColumn = dateColumn;
	}

	public boolean isHalfYearInFileName() {
		return halfYearInFileName;
	}

	public void setHalfYearInFileName(boolean halfYearInFileName) {
		this.halfYearInFileName = halfYearInFileName;
	}

	public @Nullable String getLabelColumn() {
		return labelColumn;
	}

	public void setLabelColumn(@Nullable String labelColumn) {
		this.labelColumn = labelColumn;
	}

	public @Nullable String getValueColumn() {
		return valueColumn;
	}

	public void setValueColumn(@Nullable String valueColumn) {
		this.valueColumn = valueColumn;
	}

	public @Nullable String getFilterColumn() {
		return filterColumn;
	}

	public void setFilterColumn(@Nullable String filterColumn) {
		this.filterColumn = filterColumn;
	}

	public String getFilterValues() {
		return filterValues;
	}

	public void setFilterValues(String filterValues) {
		this.filterValues = filterValues;
	}

	public List<ColumnForm> getColumns() {
		return columns;
	}

	public void setColumns(List<ColumnForm> columns) {
		this.columns = columns;
	}
}
