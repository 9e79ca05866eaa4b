package de.daks.territory;

import org.jspecify.annotations.Nullable;

/**
 * The levels of the territory tree, top down. Official levels are told apart by the length of their key (ARS prefix):
 * 2 Land, 3 Regierungsbezirk, 5 Kreis, 9 Gemeindeverband, 12 Gemeinde. Germany is {@code DG}; quarters are created by
 * their Kommune and keyed {@code <parent ARS>-Q-<key>}.
 */
public enum AreaLevel {

	STAAT(-1), LAND(2), REGIERUNGSBEZIRK(3), KREIS(5), GEMEINDEVERBAND(9), GEMEINDE(12), QUARTIER(-1);

	/** The key of Germany, the root of the tree (as in GENESIS tables). */
	public static final String GERMANY = "DG";

	private final int keyLength;

	AreaLevel(int keyLength) {
		this.keyLength = keyLength;
	}

	/** Length of an official key of this level, or -1 for Germany and quarters. */
	public int keyLength() {
		return keyLength;
	}

	/** Whether the level comes from the Gemeindeverzeichnis (and not from a Kommune's own quarters). */
	public boolean isOfficial() {
		return this != QUARTIER;
	}

	/** The official level of a key by its length, or null if the key is no ARS prefix of a known length. */
	public static @Nullable AreaLevel ofKey(String key) {
		if (GERMANY.equals(key)) {
			return STAAT;
		}
		if (!key.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return key.contains("-Q-") ? QUARTIER : null;
		}
		for (AreaLevel level : values()) {
			if (level.keyLength == key.length()) {
				return level;
			}
		}
		return null;
	}
}
