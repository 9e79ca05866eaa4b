package de.daks.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-scope reader of {@code ../shared/data/koeln/bevoelkerung.csv} (CC BY, Stadt Köln): residents by thirteen age
 * bands (table 020, both sexes together) for the city ({@code 000}) and its 86 Stadtteile ({@code 101}–{@code 909}),
 * 2005–2012.
 */
final class KoelnQuarters {

	static final Path FILE = Path.of("../shared/data/koeln/bevoelkerung.csv");

	/** Lower bounds of the bands 0–3, 3–6, 6–10, 10–15, 15–18, 18–25, 25–35, 35–45, 45–55, 55–60, 60–65, 65–75, 75+. */
	static final int[] BOUNDS = { 0, 3, 6, 10, 15, 18, 25, 35, 45, 55, 60, 65, 75 };

	private KoelnQuarters() {
	}

	/** raum_id → year → counts by band. */
	static Map<String, Map<Integer, double[]>> read() {
		Map<String, Map<Integer, double[]>> result = new TreeMap<>();
		try {
			for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
				String[] f = line.split(",", -1);
				if (f.length < 9 || !"020".equals(f[1])) {
					continue;
				}
				String area = f[4];
				if (!area.equals("000") && Integer.parseInt(area) < 101) {
					continue;
				}
				int band = Integer.parseInt(f[6]) / 10 - 1;
				result.computeIfAbsent(area, a -> new TreeMap<>())
					.computeIfAbsent(Integer.parseInt(f[3]), y -> new double[BOUNDS.length])[band] = Double
						.parseDouble(f[8]);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return result;
	}
}
