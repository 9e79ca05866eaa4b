package de.daks.profile;

/** The four quadrants of the SWOT board: internal strengths and weaknesses, external opportunities and threats. */
public enum SwotQuadrant {
	STRENGTH, WEAKNESS, OPPORTUNITY, THREAT
}
