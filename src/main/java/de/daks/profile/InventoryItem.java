package de.daks.profile;

import org.jspecify.annotations.Nullable;

/**
 * An entry of the inventory of existing demography work (Bestandsaufnahme).
 *
 * @param topic the field of action it belongs to (free text, e.g. "Wohnen")
 * @param since the year it started
 */
public record InventoryItem(long id, String title, InventoryKind kind, @Nullable String topic,
		@Nullable String responsible, @Nullable Integer since, @Nullable String targetGroup,
		@Nullable String description) {
}
