package de.daks.profile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.daks.DaksIntegrationTest;
import de.daks.indicators.IndicatorService;
import de.daks.profile.ProfileContent;
import de.daks.profile.ProfileContents;
import de.daks.profile.ProfileTopic;
import de.daks.profile.SwotItem;
import de.daks.profile.SwotQuadrant;
import de.daks.shared.cli.CommandDispatcher;
import de.daks.territory.Kommune;
import de.daks.territory.KommuneManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

@DaksIntegrationTest
class ProfileDemoIntegrationTests {

	@Autowired
	ProfileDemo demo;

	@Autowired
	ProfileContents contents;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	IndicatorService indicators;

	@BeforeEach
	void operator() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				"test-operator", null, AuthorityUtils.createAuthorityList(CommandDispatcher.OPERATOR_AUTHORITY)));
	}

	@AfterEach
	void clear() {
		SecurityContextHolder.clearContext();
	}

	ProfileContent profileOf(String name) {
		Kommune kommune = kommunen.findAll().stream().filter(k -> k.synthetic() && k.name().equals(name)).findFirst()
			.orElseThrow();
		return contents.load(kommune.id());
	}

	@Test
	void theDemoKommunenHaveProfilesWithFictionalInterviewsAndLinkedSwotItems() {
		// when
		ProfileContent bremerhaven = profileOf("Stadt Bremerhaven");
		// then
		assertThat(bremerhaven.texts()).containsKeys(ProfileTopic.BASICS, ProfileTopic.HOUSING);
		assertThat(bremerhaven.texts().get(ProfileTopic.HOUSING)).contains("<h3>Wohnen im Wandel</h3>", "<li>");
		assertThat(bremerhaven.inventory()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(bremerhaven.interviews()).hasSize(2)
			.allSatisfy(i -> assertThat(i.person()).endsWith("(fiktiv)"));
		assertThat(bremerhaven.swot()).extracting(SwotItem::quadrant).contains(SwotQuadrant.values());
		assertThat(bremerhaven.swot()).flatExtracting(SwotItem::indicatorIds)
			.allMatch(id -> indicators.catalogue().find(id).isPresent()).isNotEmpty();
		assertThat(bremerhaven.swot()).flatExtracting(SwotItem::interviewIds)
			.isSubsetOf(bremerhaven.interviews().stream().map(i -> i.id()).toList());
		assertThat(profileOf("Kreis Düren").interviews()).hasSize(2);
		assertThat(profileOf("Landkreis Rostock").swot()).isNotEmpty();
	}

	@Test
	void loadingAgainChangesNothing() {
		// given
		ProfileContent before = profileOf("Stadt Bremerhaven");
		// when
		demo.load();
		// then
		ProfileContent after = profileOf("Stadt Bremerhaven");
		assertThat(after.inventory()).hasSameSizeAs(before.inventory());
		assertThat(after.interviews()).hasSameSizeAs(before.interviews());
		assertThat(after.swot()).hasSameSizeAs(before.swot());
		assertThat(after.updatedAt()).isEqualTo(before.updatedAt());
	}
}
