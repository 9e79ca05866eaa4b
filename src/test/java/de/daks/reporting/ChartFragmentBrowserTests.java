package de.daks.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.BrowserTestSupport;
import de.daks.reporting.Charts.Bar;
import de.daks.reporting.Charts.Point;
import de.daks.reporting.Charts.PyramidBand;
import de.daks.reporting.Charts.Series;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The chart fragment, rendered by the application's own template engine and messages, on a page with the real
 * stylesheet: axe-core finds no WCAG 2.1 AA violation, with the data tables closed and open, and the data table
 * opens from the keyboard.
 */
class ChartFragmentBrowserTests extends BrowserTestSupport {

	@Autowired
	private ITemplateEngine templates;

	@Test
	void chartsPassAxeAndTheirTablesOpenByKeyboard() throws IOException {
		// given
		Locale locale = Locale.GERMAN;
		List<Chart> charts = List.of(
				Charts.agePyramid("Altersaufbau Musterstadt 2024",
						List.of(new PyramidBand("0–19", 1200, 1100), new PyramidBand("20–64", 3000, 2900),
								new PyramidBand("65+", 900, 1250)),
						List.of(new PyramidBand("0–19", 1300, 1200), new PyramidBand("20–64", 3100, 3000),
								new PyramidBand("65+", 700, 1000)),
						"2011", "Statistikamt Nord", locale),
				Charts.lineChart("Bevölkerungsentwicklung", "Einwohner", List.of(
						new Series("Beobachtet", List.of(new Point(2015, 21000), new Point(2024, 21980)), false),
						new Series("Vorausberechnung", List.of(new Point(2024, 21980, 21980.0, 21980.0),
								new Point(2040, 22100, 20900.0, 23400.0)), true)),
						"Eigene Vorausberechnung", locale),
				Charts.barChart("Anteil 65+", "Prozent", List.of(new Bar("Musterstadt", 24.75, true),
						new Bar("Kreis", 22.5, false)), null, locale));
		StringBuilder figures = new StringBuilder();
		for (Chart chart : charts) {
			figures.append(templates.process("fragments/chart", Set.of("figure"),
					new Context(locale, Map.of("chart", chart))));
		}
		String css = new String(getClass().getResourceAsStream("/static/css/daks.css").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		Path page = Files.createTempFile("daks-charts", ".html");
		Files.writeString(page, "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>"
				+ HtmlUtils.htmlEscape("Diagramme") + "</title><style>" + css + "</style></head><body><main><h1>"
				+ HtmlUtils.htmlEscape("Diagramme") + "</h1>" + figures + "</main></body></html>");
		// when
		driver.get(page.toUri().toString());
		// then
		assertThat(driver.findElements(By.cssSelector("figure.chart svg[role=img]"))).hasSize(3);
		assertAccessible();
		for (WebElement summary : driver.findElements(By.cssSelector("figure.chart summary"))) {
			summary.sendKeys(Keys.ENTER);
		}
		assertThat(driver.findElements(By.cssSelector("figure.chart details[open]"))).hasSize(3);
		assertThat(driver.findElement(By.cssSelector("figure.chart table")).isDisplayed()).isTrue();
		assertAccessible();
		Files.deleteIfExists(page);
	}
}
