package de.daks.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.daks.reporting.Charts.Bar;
import de.daks.reporting.Charts.Point;
import de.daks.reporting.Charts.PyramidBand;
import de.daks.reporting.Charts.Series;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@Tag("no-database")
class ChartsTests {

	private static final double TOLERANCE = 0.11; // coordinates are written with one decimal

	private static final List<PyramidBand> BANDS = List.of(new PyramidBand("0–19", 1200, 1100),
			new PyramidBand("20–64", 3000, 2900), new PyramidBand("65+", 900, 1250.5));

	@Test
	void pyramidIsAccessibleWellFormedSvg() throws Exception {
		// when
		Chart chart = Charts.agePyramid("Altersaufbau <Musterstadt> & Umland", BANDS, null, "Statistikamt Nord",
				Locale.GERMAN);
		// then
		Element svg = parse(chart.svg());
		assertThat(svg.getTagName()).isEqualTo("svg");
		assertThat(svg.getAttribute("role")).isEqualTo("img");
		assertThat(svg.getAttribute("viewBox")).startsWith("0 0 640 ");
		String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
		assertThat(labelledBy).hasSize(2);
		Element title = (Element) svg.getElementsByTagName("title").item(0);
		Element desc = (Element) svg.getElementsByTagName("desc").item(0);
		assertThat(title.getAttribute("id")).isEqualTo(labelledBy[0]);
		assertThat(title.getTextContent()).isEqualTo("Altersaufbau <Musterstadt> & Umland");
		assertThat(desc.getAttribute("id")).isEqualTo(labelledBy[1]);
		assertThat(desc.getTextContent()).contains("3 Altersgruppen", "0–19", "65+", "Männer insgesamt 5.100",
				"Frauen insgesamt 5.250,5", "am stärksten besetzt: 20–64");
		NodeList texts = svg.getElementsByTagName("text");
		for (int i = 0; i < texts.getLength(); i++) {
			assertThat(Double.parseDouble(((Element) texts.item(i)).getAttribute("font-size")))
				.as("font size of '%s'", texts.item(i).getTextContent()).isGreaterThanOrEqualTo(11);
		}
		assertThat(chart.svg()).doesNotContain("<script");
	}

	@Test
	void pyramidBarLengthsAreProportionalToTheCounts() throws Exception {
		// when
		Chart chart = Charts.agePyramid("Pyramide", BANDS, null, null, Locale.GERMAN);
		// then
		List<Double> men = widths(parse(chart.svg()), Charts.MALE);
		List<Double> women = widths(parse(chart.svg()), Charts.FEMALE);
		assertThat(men).hasSize(3);
		assertThat(women).hasSize(3);
		double unit = men.get(1) / 3000;
		assertThat(men.get(0)).isCloseTo(1200 * unit, within(TOLERANCE));
		assertThat(men.get(2)).isCloseTo(900 * unit, within(TOLERANCE));
		assertThat(women.get(0)).isCloseTo(1100 * unit, within(TOLERANCE));
		assertThat(women.get(1)).isCloseTo(2900 * unit, within(TOLERANCE));
		assertThat(women.get(2)).isCloseTo(1250.5 * unit, within(TOLERANCE));
	}

	@Test
	void singleYearsAreLabelledEveryFiveYears() throws Exception {
		// given: ages 0 to 99 and 100+
		List<PyramidBand> years = new ArrayList<>();
		for (int age = 0; age <= 100; age++) {
			years.add(new PyramidBand(age == 100 ? "100+" : Integer.toString(age), 100 - age * 0.5, 100 - age * 0.4));
		}
		// when
		Element svg = parse(Charts.agePyramid("Einzelne Altersjahre", years, null, null, Locale.GERMAN).svg());
		// then
		List<String> texts = new ArrayList<>();
		NodeList nodes = svg.getElementsByTagName("text");
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		assertThat(texts).contains("0", "5", "10", "95", "100+").doesNotContain("1", "3", "7", "99");
		assertThat(widths(svg, Charts.MALE)).hasSize(101);
	}

	@Test
	void pyramidTableCarriesTheExactNumbersInTheLocale() {
		// when
		Chart german = Charts.agePyramid("Pyramide", BANDS, BANDS, "2011", "Zensus", Locale.GERMAN);
		Chart english = Charts.agePyramid("Pyramid", BANDS, null, "Census", Locale.ENGLISH);
		// then
		assertThat(german.table().headers()).containsExactly("Alter", "Männer", "Frauen", "Männer – 2011",
				"Frauen – 2011");
		assertThat(german.table().rows().get(1)).containsExactly("20–64", "3.000,0", "2.900,0", "3.000,0",
				"2.900,0");
		assertThat(german.table().rows().get(2).get(2)).isEqualTo("1.250,5");
		assertThat(german.table().source()).isEqualTo("Zensus");
		assertThat(german.svg()).contains(">2011</text>");
		assertThat(english.table().headers()).containsExactly("Age", "Men", "Women");
		assertThat(english.table().rows().get(2)).containsExactly("65+", "900.0", "1,250.5");
	}

	@Test
	void pyramidRejectsBadCounts() {
		assertThatThrownBy(() -> Charts.agePyramid("P", List.of(new PyramidBand("0–4", -1, 3)), null, null,
				Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'0–4'")
			.hasMessageContaining("negative");
		assertThatThrownBy(() -> Charts.agePyramid("P", List.of(new PyramidBand("5–9", 1, Double.NaN)), null, null,
				Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("'5–9', women")
			.hasMessageContaining("NaN");
		assertThatThrownBy(() -> Charts.agePyramid("P", List.of(), null, null, Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no age bands");
		assertThatThrownBy(() -> Charts.agePyramid("P", BANDS, BANDS.subList(0, 2), null, Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("outline has 2 bands");
	}

	@Test
	void lineChartWithIntervalAndProjection() throws Exception {
		// given
		Series observed = new Series("Beobachtet",
				List.of(new Point(2015, 21000), new Point(2020, 21450), new Point(2024, 21980)), false);
		Series projected = new Series("Vorausberechnung", List.of(new Point(2024, 21980, 21980.0, 21980.0),
				new Point(2030, 22300, 21800.0, 22900.0), new Point(2040, 22100.5, 20900.0, 23400.0)), true);
		// when
		Chart chart = Charts.lineChart("Einwohner", "Personen", List.of(observed, projected), "Statistikamt",
				Locale.GERMAN);
		// then
		Element svg = parse(chart.svg());
		assertThat(svg.getAttribute("role")).isEqualTo("img");
		assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
			.contains("2015 bis 2040", "Beobachtet: 21.000,0 im Jahr 2015", "gestrichelt", "mit Bandbreite");
		assertThat(chart.svg()).contains("stroke-dasharray=\"7 4\"").contains("fill-opacity=\"0.18\"");
		assertThat(chart.svg()).as("nice ticks, German grouping").contains(">22.000</text>");
		assertThat(chart.svg()).as("years are not grouped").contains(">2030</text>").doesNotContain("2.030");
		assertThat(chart.table().headers()).containsExactly("Jahr", "Beobachtet", "Vorausberechnung",
				"Vorausberechnung – untere Grenze", "Vorausberechnung – obere Grenze");
		assertThat(chart.table().rows()).hasSize(5);
		assertThat(chart.table().rows().get(0)).containsExactly("2015", "21.000,0", "–", "–", "–");
		assertThat(chart.table().rows().get(2)).containsExactly("2024", "21.980,0", "21.980,0", "21.980,0",
				"21.980,0");
		assertThat(chart.table().rows().get(4)).containsExactly("2040", "–", "22.100,5", "20.900,0", "23.400,0");

		Chart english = Charts.lineChart("Population", "Persons", List.of(observed), null, Locale.ENGLISH);
		assertThat(english.table().rows().get(0)).containsExactly("2015", "21,000");
		assertThat(english.table().source()).isNull();
	}

	@Test
	void lineChartRejectsBadInput() {
		assertThatThrownBy(() -> Charts.lineChart("L", "v", List.of(), null, Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no series");
		assertThatThrownBy(() -> Charts.lineChart("L", "v", List.of(new Series("A", List.of(), false)), null,
				Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'A' has no points");
		assertThatThrownBy(() -> Charts.lineChart("L", "v",
				List.of(new Series("A", List.of(new Point(2020, Double.POSITIVE_INFINITY)), false)), null,
				Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("series 'A', value at 2020");
		assertThatThrownBy(() -> Charts.lineChart("L", "v",
				List.of(new Series("A", List.of(new Point(2020, 5, 6.0, 4.0)), false)), null, Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("low 6.0 is above high 4.0");
		assertThatThrownBy(() -> Charts.lineChart("L", "v",
				List.of(new Series("A", List.of(new Point(2020, 5), new Point(2020, 6)), false)), null,
				Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two values at 2020");
	}

	@Test
	void barChartHighlightsOneBar() throws Exception {
		// given
		List<Bar> bars = List.of(new Bar("Musterstadt", 24.75, true), new Bar("Kreis", 22.5, false),
				new Bar("Land", 23.1, false), new Bar("Deutschland", 22.0, false));
		// when
		Chart chart = Charts.barChart("Anteil 65+", "Prozent", bars, "Statistisches Bundesamt", Locale.GERMAN);
		// then
		Element svg = parse(chart.svg());
		assertThat(svg.getElementsByTagName("desc").item(0).getTextContent())
			.contains("4 Werten", "Musterstadt 24,75", "Hervorgehoben: Musterstadt");
		assertThat(widths(svg, Charts.FEMALE)).as("one highlighted bar").hasSize(1);
		List<Double> others = widths(svg, Charts.BAR);
		assertThat(others).hasSize(3);
		assertThat(others.get(0) / others.get(2)).isCloseTo(22.5 / 22.0, within(0.01));
		assertThat(chart.table().headers()).containsExactly("Bezeichnung", "Prozent");
		assertThat(chart.table().rows().get(0)).containsExactly("Musterstadt", "24,75");
		assertThat(chart.table().rows().get(1)).containsExactly("Kreis", "22,50");
		assertThat(Charts.barChart("Share 65+", "Percent", bars, null, Locale.ENGLISH).table().rows().get(0))
			.containsExactly("Musterstadt", "24.75");
	}

	@Test
	void barChartRejectsBadInput() {
		assertThatThrownBy(() -> Charts.barChart("B", "v", List.of(), null, Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no bars");
		assertThatThrownBy(() -> Charts.barChart("B", "v", List.of(new Bar("Kreis", Double.NaN, false)), null,
				Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bar 'Kreis'");
		assertThatThrownBy(() -> Charts.barChart(" ", "v", List.of(new Bar("Kreis", 1, false)), null,
				Locale.GERMAN))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("title");
	}

	@Test
	void dataTableRowsMustMatchTheHeader() {
		assertThatThrownBy(() -> new DataTable("Tabelle", List.of("A", "B"), List.of(List.of("1", "2"), List.of("3")),
				null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("Data table 'Tabelle': row 2 has 1 cells, the header has 2");
	}

	@Test
	void niceAxisTicks() {
		Charts.Axis axis = Charts.Axis.nice(21000, 23400, 5);
		assertThat(axis.step()).isEqualTo(500);
		assertThat(axis.min()).isEqualTo(21000);
		assertThat(axis.max()).isEqualTo(23500);
		assertThat(axis.format(22000, Locale.GERMAN)).isEqualTo("22.000");
		Charts.Axis small = Charts.Axis.nice(0, 1.2, 5);
		assertThat(small.step()).isEqualTo(0.25);
		assertThat(small.format(0.75, Locale.GERMAN)).isEqualTo("0,75");
		assertThat(small.format(0.75, Locale.ENGLISH)).isEqualTo("0.75");
		assertThat(Charts.yearStep(25)).isEqualTo(5);
	}

	static Element parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document document = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		return document.getDocumentElement();
	}

	/** Widths of the rectangles filled with the colour, in document order. */
	private static List<Double> widths(Element svg, String fill) {
		List<Double> widths = new ArrayList<>();
		NodeList rects = svg.getElementsByTagName("rect");
		for (int i = 0; i < rects.getLength(); i++) {
			Element rect = (Element) rects.item(i);
			if (fill.equals(rect.getAttribute("fill"))) {
				widths.add(Double.parseDouble(rect.getAttribute("width")));
			}
		}
		return widths;
	}
}
