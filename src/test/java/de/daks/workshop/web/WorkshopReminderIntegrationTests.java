package de.daks.workshop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import de.daks.TestMail;
import de.daks.DaksIntegrationTest;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import de.daks.workshop.NewWorkshop;
import de.daks.workshop.Registrations;
import de.daks.workshop.Workshop;
import de.daks.workshop.WorkshopFormat;
import de.daks.workshop.Workshops;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder the day before a workshop, through a real SMTP server. */
@DaksIntegrationTest
class WorkshopReminderIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	WorkshopReminders reminders;

	@Autowired
	Workshops workshops;

	@Autowired
	Registrations registrations;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Test
	void theRegisteredOfTomorrowsWorkshopAreRemindedOnceAndTheWaitingListAndLaterWorkshopsAreNot() throws Exception {
		// given: a workshop in ten hours with one place taken and one person waiting, and one in three days
		KommuneId kommune = new ProcessFixtures(users, kommunen).kommune("Erinnerungsdorf");
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Berlin")).withNano(0);
		Workshop soon = workshop(kommune, "Bald", now.plusHours(10));
		Workshop later = workshop(kommune, "Später", now.plusDays(3));
		registrations.setCapacity(soon, 1);
		String ada = "ada-" + ProcessFixtures.random() + "@example.org";
		String bo = "bo-" + ProcessFixtures.random() + "@example.org";
		String cleo = "cleo-" + ProcessFixtures.random() + "@example.org";
		registrations.register(soon, "Ada", ada);
		registrations.register(soon, "Bo", bo);
		registrations.register(later, "Cleo", cleo);
		// when: the job runs twice
		reminders.send();
		reminders.send();
		// then: Ada is reminded once; Bo (waiting) and Cleo (in three days) are not
		assertThat(mailsTo(ada)).singleElement().satisfies(m -> {
			assertThat(m.getSubject()).isEqualTo("Morgen: " + soon.title());
			assertThat((String) m.getContent()).contains("Guten Tag Ada", "„" + soon.title() + "“");
		});
		assertThat(mailsTo(bo)).isEmpty();
		assertThat(mailsTo(cleo)).isEmpty();
	}

	private Workshop workshop(KommuneId kommune, String title, LocalDateTime startsAt) {
		return workshops.create(kommune, new NewWorkshop(title + " " + ProcessFixtures.random(), startsAt, "Dorfhaus",
				false, WorkshopFormat.CLASSIC, null, null, Map.of()));
	}

	private static java.util.List<MimeMessage> mailsTo(String address) throws Exception {
		return TestMail.mailsTo(greenMail, address);
	}
}
