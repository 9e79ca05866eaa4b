package de.daks.workshop;

/** How a workshop is run: classic three phases, World Café with tables, personas, or hybrid (room and online). */
public enum WorkshopFormat {
	CLASSIC, WORLD_CAFE, PERSONAS, HYBRID
}
