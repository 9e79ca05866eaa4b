package de.daks.programme;

import de.daks.shared.KommuneId;

/**
 * A synthetic Kommune of the Synopse benchmark ({@code daks bench synopse}) joined its programme: modules that depend
 * on this one (funding) add their synthetic content through their own services, as the benchmark cannot call them
 * without a dependency cycle.
 *
 * @param index the running number of the synthetic Kommune, to vary the amounts
 */
public record BenchKommuneAdded(ProgrammeId programme, KommuneId kommune, int index) {
}
