package de.daks.plan.internal;

import de.daks.plan.Origin;
import de.daks.workshop.WorkshopResultsProposed;
import java.time.Clock;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Receives the results a Zukunftswerkstatt handed over and keeps them as proposals (with the references to cards and
 * votes the event carries) until the Kommune team adopts them. Runs in the hand-over's transaction: either both are
 * stored or neither.
 */
@Component
class WorkshopHandover {

	private final PlanRepository repository;

	private final Clock clock;

	WorkshopHandover(PlanRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@EventListener
	void on(WorkshopResultsProposed event) {
		for (WorkshopResultsProposed.Field field : event.fields()) {
			Origin origin = new Origin(event.workshopId(), event.workshopTitle(), event.workshopPath(),
					field.cardIds(), field.votes(), List.of());
			long id = repository.insertProposalField(event.kommuneId(), origin, field.title(), field.priority(),
					clock.instant());
			for (WorkshopResultsProposed.Measure m : field.measures()) {
				repository.insertProposalMeasure(id, m.title(), m.kuemmerer(), m.firstSteps(), m.realityCheck(),
						m.cardId(), m.votes(), m.voteSessionIds());
			}
		}
	}
}
