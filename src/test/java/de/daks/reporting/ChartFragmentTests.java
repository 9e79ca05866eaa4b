package de.daks.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.reporting.Charts.PyramidBand;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders {@code fragments/chart.html :: chart(chart)} through Thymeleaf with the real messages. */
@Tag("no-database")
class ChartFragmentTests {

	@Test
	void figureWithCaptionSvgAndDataTable() {
		// given
		Chart chart = Charts.agePyramid("Altersaufbau Musterstadt",
				List.of(new PyramidBand("0–19", 1200, 1100), new PyramidBand("20–64", 3000, 2900)), null,
				"Statistikamt Nord <2024>", Locale.GERMAN);
		// when
		Document html = Jsoup.parse(render(chart, Locale.GERMAN));
		// then
		Element figure = html.selectFirst("figure.chart");
		assertThat(figure).isNotNull();
		assertThat(figure.selectFirst("figcaption").text())
			.isEqualTo("Altersaufbau Musterstadt Quelle: Statistikamt Nord <2024>");
		assertThat(figure.select("svg[role=img] > title").text()).isEqualTo("Altersaufbau Musterstadt");
		assertThat(figure.selectFirst("details > summary").text()).isEqualTo("Datentabelle");
		Element table = figure.selectFirst("details table");
		assertThat(table.selectFirst("caption").text()).isEqualTo("Altersaufbau Musterstadt");
		assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col").hasSize(3);
		assertThat(table.select("thead th").eachText()).containsExactly("Alter", "Männer", "Frauen");
		assertThat(table.select("tbody tr")).hasSize(2);
		assertThat(table.select("tbody th[scope=row]").eachText()).containsExactly("0–19", "20–64");
		assertThat(table.select("tbody tr").get(1).select("td").eachText()).containsExactly("3.000", "2.900");
	}

	@Test
	void englishLabels() {
		Chart chart = Charts.barChart("Share", "Percent", List.of(new Charts.Bar("Kreis", 1.5, true)), "Census",
				Locale.ENGLISH);
		Document html = Jsoup.parse(render(chart, Locale.ENGLISH));
		assertThat(html.selectFirst("summary").text()).isEqualTo("Data table");
		assertThat(html.selectFirst(".chart-source").text()).isEqualTo("Source: Census");
		assertThat(html.select("tbody td").eachText()).containsExactly("1.5");
	}

	@Test
	void noSourceNoSourceLine() {
		Chart chart = Charts.barChart("Anteil", "Prozent", List.of(new Charts.Bar("Kreis", 1, false)), null,
				Locale.GERMAN);
		assertThat(Jsoup.parse(render(chart, Locale.GERMAN)).select(".chart-source")).isEmpty();
	}

	static String render(Chart chart, Locale locale) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/shared", "messages/reporting");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine.process("fragments/chart", Set.of("figure"), new Context(locale, Map.of("chart", chart)));
	}
}
