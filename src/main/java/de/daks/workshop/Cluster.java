package de.daks.workshop;

/** A group of cards with a title, made by the moderation. */
public record Cluster(long id, Phase phase, String title) {
}
