package de.daks.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.internal.Guests;
import de.daks.workshop.internal.WorkshopPersonalDataDeletion;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Personal data of a workshop are deleted 14 days (configurable) after the event, once; the results stay. */
@DaksIntegrationTest
class WorkshopPersonalDataDeletionIntegrationTests {

	@Autowired
	WorkshopPersonalDataDeletion deletion;

	@Autowired
	Workshops workshops;

	@Autowired
	Registrations registrations;

	@Autowired
	WorkshopSamples samples;

	@Autowired
	Guests guests;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registrationsSamplesAndNicknamesGoFourteenDaysAfterTheEventOnceAndCardsStay() {
		// given: one workshop 15 days ago and one 13 days ago, each with a registration, a sample and a nickname
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune("Löschdorf");
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Berlin"));
		Workshop old = withPersonalData(kommune, "Alt", now.minusDays(15));
		Workshop recent = withPersonalData(kommune, "Neu", now.minusDays(13));
		// when the job runs twice
		List<WorkshopPersonalDataDeletion.Deleted> first = deletion.run();
		List<WorkshopPersonalDataDeletion.Deleted> second = deletion.run();
		// then the old workshop's personal data are gone, once, and counted
		assertThat(first).filteredOn(d -> d.workshopId() == old.id()).singleElement()
			.isEqualTo(new WorkshopPersonalDataDeletion.Deleted(old.id(), 1, 2, 1));
		assertThat(first).noneMatch(d -> d.workshopId() == recent.id());
		assertThat(second).noneMatch(d -> d.workshopId() == old.id());
		assertThat(registrations.list(old)).isEmpty();
		assertThat(samples.list(old)).isEmpty();
		assertThat(workshops.cards(old)).extracting(Card::text).containsExactly("Mehr Bänke");
		assertThat(workshops.cards(old)).extracting(Card::authorName).containsOnlyNulls();
		assertThat(workshops.guestCount(old)).isEqualTo(1);
		// the recent one keeps them for now
		assertThat(registrations.list(recent)).hasSize(1);
		assertThat(samples.list(recent)).hasSize(2);
		assertThat(workshops.cards(recent)).extracting(Card::authorName).containsExactly("Lotte");
	}

	private Workshop withPersonalData(KommuneId kommune, String title, LocalDateTime startsAt) {
		Workshop workshop = workshops.create(kommune, new NewWorkshop(title + " " + ProcessFixtures.random(),
				startsAt.withNano(0), "Dorfhaus", false, WorkshopFormat.CLASSIC, null, null, Map.of()));
		registrations.register(workshop, "Ada", "ada-" + ProcessFixtures.random() + "@example.org");
		samples.store(workshop, List.of(new RandomSelection.Person(2, "Bo", 40, "m", "Mitte", "bo@example.org", null),
				new RandomSelection.Person(3, "Cleo", 70, "w", "Mitte", null, "Dorfstraße 1")));
		long guest = guests.join(workshop, "Lotte").guestId();
		workshops.postAsGuest(workshop, guest, 0, "Mehr Bänke");
		return workshop;
	}
}
