package de.daks.territory;

import java.util.UUID;

/** A Gemeindeverzeichnis or boundary file was imported (and changed the territory). */
public record TerritoryImported(UUID datasetId, String kind) {
}
