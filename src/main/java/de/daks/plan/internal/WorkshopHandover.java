package de.daks.plan.internal;

import de.daks.plan.Origin;
import de.daks.workshop.WorkshopResultsProposed;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Receives the results a Zukunftswerkstatt handed over and keeps them as proposals (with the references to cards and
 * votes the event carries) until the Kommune team adopts them. Runs in the hand-over's transaction: either both are
 * stored or neither. A workshop may hand over again (after more voting, say): its open proposals are replaced, and a
 * field already adopted into the plan is not proposed a second time.
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
		repository.deleteOpenProposals(event.kommuneId(), event.workshopId());
		Set<String> adopted = repository.adoptedProposalTitles(event.kommuneId(), event.workshopId());
		for (WorkshopResultsProposed.Field field : event.fields()) {
			if (adopted.contains(field.title())) {
				continue;
			}
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
