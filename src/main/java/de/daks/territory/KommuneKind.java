package de.daks.territory;

/** What kind of Gebietskörperschaft (or alliance) a Kommune in DAKS is. */
public enum KommuneKind {
	GEMEINDE,
	STADT,
	KREISFREIE_STADT,
	GEMEINDEVERBAND,
	LANDKREIS,
	QUARTIER,
	VERBUND
}
