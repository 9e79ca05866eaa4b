package de.daks.territory;

import java.util.Arrays;
import java.util.Optional;

/** The 16 Länder with their official two-digit keys. */
public enum Land {
	SCHLESWIG_HOLSTEIN("01", "Schleswig-Holstein"),
	HAMBURG("02", "Hamburg"),
	NIEDERSACHSEN("03", "Niedersachsen"),
	BREMEN("04", "Bremen"),
	NORDRHEIN_WESTFALEN("05", "Nordrhein-Westfalen"),
	HESSEN("06", "Hessen"),
	RHEINLAND_PFALZ("07", "Rheinland-Pfalz"),
	BADEN_WUERTTEMBERG("08", "Baden-Württemberg"),
	BAYERN("09", "Bayern"),
	SAARLAND("10", "Saarland"),
	BERLIN("11", "Berlin"),
	BRANDENBURG("12", "Brandenburg"),
	MECKLENBURG_VORPOMMERN("13", "Mecklenburg-Vorpommern"),
	SACHSEN("14", "Sachsen"),
	SACHSEN_ANHALT("15", "Sachsen-Anhalt"),
	THUERINGEN("16", "Thüringen");

	private final String code;

	private final String displayName;

	Land(String code, String displayName) {
		this.code = code;
		this.displayName = displayName;
	}

	public String code() {
		return code;
	}

	/** The official name (the same in German and English usage). */
	public String displayName() {
		return displayName;
	}

	public static Optional<Land> ofCode(String code) {
		return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
	}
}
