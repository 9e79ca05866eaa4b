package de.daks.process;

import de.daks.territory.KommuneCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates a new Kommune's process inside the transaction that creates the Kommune, so a Kommune never exists
 * without its five steps (a plain listener, not an asynchronous module listener, for exactly that reason).
 */
@Component
class ProcessInitializer {

	private final ProcessManagement processes;

	ProcessInitializer(ProcessManagement processes) {
		this.processes = processes;
	}

	@EventListener
	void on(KommuneCreated event) {
		processes.ensureProcess(event.id());
	}
}
