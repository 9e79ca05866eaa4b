package de.daks.programme.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.programme.Programme;
import de.daks.programme.ProgrammeManagement;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@DaksIntegrationTest
class DemoDataIntegrationTests {

	@Autowired
	ProgrammeManagement programmes;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	UserManagement users;

	@Autowired
	DemoData demo;

	@Test
	void theDemoProgrammeHasTheThreeSeedKommunenWithTheirPublishedFigures() {
		// when
		Programme zwk = programmes.findByShortName(DemoData.PROGRAMME_SHORT_NAME).orElseThrow();
		var members = kommunen.findAll(programmes.kommunenOf(zwk.id()));
		// then
		assertThat(members).extracting(Kommune::name)
			.containsExactlyInAnyOrder("Stadt Bremerhaven", "Kreis Düren", "Landkreis Rostock");
		assertThat(members).allMatch(Kommune::synthetic);
		Kommune dueren = members.stream().filter(k -> k.name().equals("Kreis Düren")).findFirst().orElseThrow();
		assertThat(dueren.population()).isEqualTo(280_726L);
		assertThat(dueren.density()).isEqualByComparingTo("298.2");
	}

	@Test
	void everyRoleHasADemoAccount() {
		// when
		var coordinator = users.findByEmail("koordination@bremerhaven.daks.example").orElseThrow();
		var mentor = users.findByEmail("mentor@daks.example").orElseThrow();
		// then
		assertThat(users.findByEmail("geschaeftsstelle@daks.example")).isPresent();
		assertThat(users.findByEmail("ministerium@daks.example")).isPresent();
		assertThat(users.membershipsOf(coordinator.id())).extracting(m -> m.role())
			.containsExactly(KommuneRole.KOORDINATION);
		assertThat(users.membershipsOf(mentor.id())).extracting(m -> m.role()).containsExactly(KommuneRole.MENTOR);
	}

	@Test
	void loadingTwiceChangesNothing() {
		// given
		int before = kommunen.findAll().size();
		// when
		demo.run(new DefaultApplicationArguments());
		// then
		assertThat(kommunen.findAll()).hasSize(before);
	}

	@Autowired
	de.daks.funding.FundingManagement funding;

	@Test
	void theDemoKommunenHaveMoneyReceiptsAndAPaymentRequest() {
		// given
		Programme zwk = programmes.findByShortName(DemoData.PROGRAMME_SHORT_NAME).orElseThrow();
		// then: Düren claimed both receipts (12,500.00 + 1,834.20) and awaits the office's decision
		assertThat(funding.paymentRequests(zwk.id())).singleElement().satisfies(r -> {
			assertThat(r.amount()).isEqualTo(de.daks.funding.Money.of("12500.00").plus(de.daks.funding.Money.of("1834.20")));
			assertThat(r.items()).hasSize(2);
			assertThat(r.isOpen()).isTrue();
		});
	}
}
