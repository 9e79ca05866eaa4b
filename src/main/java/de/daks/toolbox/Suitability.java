package de.daks.toolbox;

/** Size and type of Kommune an entry suits. */
public enum Suitability {
	LANDGEMEINDE, KLEINSTADT, MITTELSTADT, GROSSSTADT, LANDKREIS, QUARTIER;

	public String messageKey() {
		return "toolbox.size." + name();
	}
}
