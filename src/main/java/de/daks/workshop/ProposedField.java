package de.daks.workshop;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A proposed Handlungsfeld of the realisation phase, from a prioritised cluster, with its proposed measures. */
public record ProposedField(long id, String title, int priority, @Nullable Long clusterId, List<ProposedMeasure> measures) {
}
