package de.daks.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.daks.DaksIntegrationTest;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.profile.internal.ProfileRepository;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@DaksIntegrationTest
class ProfileContentsIntegrationTests {

	@Autowired
	ProfileContents contents;

	@Autowired
	ProfileRepository repository;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	TransactionTemplate transactions;

	ProcessFixtures fixtures;

	KommuneId kommune;

	@BeforeEach
	void setUp() {
		fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Profilstadt");
		var member = fixtures.member(kommune, KommuneRole.MITGLIED);
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(member, null, List.of()));
	}

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void anUnwrittenProfileIsEmpty() {
		// when
		ProfileContent content = contents.load(kommune);
		// then
		assertThat(content.isEmpty()).isTrue();
		assertThat(content.updatedAt()).isNull();
		assertThat(content.kommune()).isEqualTo(kommune);
	}

	@Test
	void loadReturnsTextsInventoryInterviewsAndSwotWithLinks() {
		// given
		Instant at = Instant.parse("2026-11-30T10:00:00Z");
		transactions.executeWithoutResult(s -> {
			repository.saveText(kommune, ProfileTopic.HOUSING, "Wohnen", "<p>Wohnen</p>", at);
			repository.insertInventory(kommune, new InventoryItem(0, "Seniorenbüro", InventoryKind.STRUCTURE,
					"Pflege", "Sozialamt", 2012, "65+", null), at);
			long interview = repository.insertInterview(kommune, new ExpertInterview(0, "Leiterin Seniorenbüro",
					"Sozialamt", LocalDate.of(2026, 10, 1), List.of("Erstens", "Zweitens")), at);
			repository.insertSwot(kommune, new SwotItem(0, SwotQuadrant.WEAKNESS, "Wenig Pflegeplätze",
					List.of("old_age_ratio"), List.of(interview)), at);
			repository.touch(kommune, ProfileRepository.SWOT, at, "Test");
		});
		// when
		ProfileContent content = contents.load(kommune);
		// then
		assertThat(content.texts()).containsEntry(ProfileTopic.HOUSING, "<p>Wohnen</p>").hasSize(1);
		assertThat(content.inventory()).singleElement().satisfies(i -> {
			assertThat(i.title()).isEqualTo("Seniorenbüro");
			assertThat(i.since()).isEqualTo(2012);
			assertThat(i.description()).isNull();
		});
		assertThat(content.interviews()).singleElement()
			.satisfies(i -> assertThat(i.statements()).containsExactly("Erstens", "Zweitens"));
		assertThat(content.swot(SwotQuadrant.WEAKNESS)).singleElement().satisfies(i -> {
			assertThat(i.indicatorIds()).containsExactly("old_age_ratio");
			assertThat(i.interviewIds()).containsExactly(content.interviews().get(0).id());
		});
		assertThat(content.updatedAt()).isEqualTo(at);
	}

	@Test
	void nonMembersCannotLoadTheProfile() {
		// given
		var stranger = fixtures.member(fixtures.kommune("Anderswo"), KommuneRole.KOORDINATION);
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(stranger, null, List.of()));
		// when / then
		assertThatThrownBy(() -> contents.load(kommune)).isInstanceOf(AccessDeniedException.class);
	}
}
