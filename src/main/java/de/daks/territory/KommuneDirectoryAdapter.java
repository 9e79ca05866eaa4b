package de.daks.territory;

import de.daks.identity.KommuneDirectory;
import de.daks.shared.KommuneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Gives identity the names of the Kommunen without identity depending on territory. */
@Component
class KommuneDirectoryAdapter implements KommuneDirectory {

	private final KommuneManagement kommunen;

	KommuneDirectoryAdapter(KommuneManagement kommunen) {
		this.kommunen = kommunen;
	}

	@Override
	public Optional<String> nameOf(KommuneId id) {
		return kommunen.find(id).map(Kommune::name);
	}

	@Override
	public List<KommuneSummary> all() {
		return kommunen.findAll().stream().map(k -> new KommuneSummary(k.id(), k.name())).toList();
	}
}
