package de.daks.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.daks.statistics.parse.QuarterMapping;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mapping as the form edits and the upload stores it: every preset survives the round trip unchanged. */
class MappingSpecTests {

	@Test
	void everyPresetSurvivesTheFormAndJson() {
		for (QuarterMapping preset : QuarterMapping.presets()) {
			// given the header of a file the preset fits, with an extra column
			List<String> header = new ArrayList<>();
			if (preset.areaColumn() != null) {
				header.add(preset.areaColumn());
			}
			header.add("Bemerkung");
			header.addAll(preset.columns().keySet());
			// when it is turned into the form's spec, stored as JSON and read back
			MappingSpec spec = MappingSpec.fromJson(MappingSpec.of(preset, header).toJson());
			// then the mapping is the preset, and the extra column is listed but not read
			assertThat(spec).isNotNull();
			assertThat(spec.toMapping()).as(preset.name()).isEqualTo(preset);
			assertThat(spec.columns()).extracting(MappingSpec.Column::name).contains("bemerkung");
		}
	}

	@Test
	void aWrongFieldIsNamed() {
		// given the Lübeck mapping with an age band ending before it starts
		MappingSpec spec = MappingSpec.of(QuarterMapping.luebeck(), List.of("stadtteil", "jahr", "kinder"));
		List<MappingSpec.Column> columns = spec.columns().stream()
			.map(c -> c.name().equals("kinder") ? new MappingSpec.Column("kinder", "population", "t", 18, 6) : c)
			.toList();
		MappingSpec wrong = new MappingSpec(spec.name(), spec.layout(), spec.areaColumn(), spec.areaTemplate(),
				spec.areaKeys(), spec.dateColumn(), false, null, null, null, "", columns);
		// then
		assertThatThrownBy(wrong::toMapping).hasMessage("columns.kinder");
		assertThatThrownBy(() -> new MappingSpec("x", QuarterMapping.Layout.WIDE, "id", "{id}", "000", null, false,
				null, null, null, "", spec.columns()).toMapping()).hasMessage("areaKeys");
	}
}
