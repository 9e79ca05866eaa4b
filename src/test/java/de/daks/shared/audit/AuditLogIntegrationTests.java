package de.daks.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.shared.KommuneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@DaksIntegrationTest
class AuditLogIntegrationTests {

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void searchFiltersInTheDatabaseAndTakesWildcardsLiterally() {
		// given
		String run = UUID.randomUUID().toString().substring(0, 8);
		KommuneId kommune = KommuneId.random();
		transactions.executeWithoutResult(s -> {
			audit.record("test." + run + ".created", "Thing", "1", kommune, "first");
			audit.record("test." + run + ".deleted", "Thing", "2", kommune, "second");
			audit.record("test." + run + "_x.created", "Thing", "3", null, "third");
		});
		// when
		var deleted = audit.search(kommune, null, run + ".DELETED", 10);
		var literalUnderscore = audit.search(null, null, run + "_x", 10);
		var inKommune = audit.latest(kommune, 10);
		var byActor = audit.search(kommune, "SYSTEM", null, 10);
		var percent = audit.search(null, null, run + "%", 10);
		// then
		assertThat(deleted).extracting(AuditLog.AuditEvent::details).containsExactly("second");
		assertThat(literalUnderscore).extracting(AuditLog.AuditEvent::details).containsExactly("third");
		assertThat(percent).isEmpty();
		assertThat(inKommune).hasSize(2);
		assertThat(byActor).hasSize(2).allMatch(e -> e.actor().equals("system"));
	}
}
