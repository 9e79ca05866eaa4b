package de.daks.toolbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import de.daks.plan.Measure;
import de.daks.plan.Plans;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneKind;
import de.daks.territory.KommuneManagement;
import de.daks.territory.NewKommune;
import de.daks.toolbox.web.EntryForm;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DaksIntegrationTest
class ToolboxIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Toolbox toolbox;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Plans plans;

	private final DaksPrincipal office = new DaksPrincipal(UserId.random(), "office@test.invalid", "Geschäftsstelle",
			GlobalRole.GESCHAEFTSSTELLE, null, true, true, false);

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private DaksPrincipal coordinator(KommuneId kommune) {
		String email = "coord-" + unique() + "@test.invalid";
		UserId id = users.createUser(email, "Karla Koordination", null, null);
		users.addMembership(id, kommune, KommuneRole.KOORDINATION);
		return new DaksPrincipal(id, email, "Karla Koordination", null, null, true, true, false);
	}

	private KommuneId kommune() {
		return kommunen.create(new NewKommune("Gemeinde " + unique(), KommuneKind.GEMEINDE, List.of(), "05", 4_800L,
				"2023-12-31", new BigDecimal("30.00"), false));
	}

	private static MockHttpServletRequestBuilder proposal(String title, KommuneId kommune, String... overrides) {
		java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
		params.put("kommune", kommune.toString());
		params.put("type", "PRACTICE");
		params.put("title", title);
		params.put("problem", "Im Ortsteil fehlt ein Treffpunkt für Jung und Alt.");
		params.put("description", "Ein Bauwagen wird zum rollenden Dorfcafé.\n\nEr steht jede Woche woanders.");
		params.put("steps", "1. Bauwagen kaufen\n2. Ehrenamtliche finden");
		params.put("effortTime", "3 Monate");
		params.put("effortStaff", "8 Ehrenamtliche");
		params.put("effortCost", "4.000 EUR");
		params.put("sizes", "LANDGEMEINDE");
		params.put("processSteps", "WERKSTATTPLAN");
		params.put("themes", "BEGEGNUNG");
		params.put("targetGroups", "ALLE");
		params.put("origin", "Gemeinde Beispielhausen");
		params.put("links", "https://example.org/dorfcafe");
		params.put("licence", "CC BY 4.0");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/werkzeugkoffer/vorschlagen").with(csrf());
		params.forEach((k, v) -> request.param(k, v));
		return request;
	}

	@Test
	void aMeasureOfTheWerkstattplanPrefillsTheProposalOnlyForItsOwnKommune() throws Exception {
		// given: a measure of the Kommune's plan
		KommuneId kommune = kommune();
		DaksPrincipal coordinator = coordinator(kommune);
		long field = plans.addField(kommune, "Miteinander");
		long measure = plans.addMeasure(kommune, new Measure(0, field, "Generationencafé im Rathaus",
				"Jeden Mittwoch kochen Ältere mit Jugendlichen.", null, null, null,
				java.util.Set.of(de.daks.plan.TargetGroup.SENIORS, de.daks.plan.TargetGroup.LOW_INCOME), null, null,
				null, null, de.daks.plan.MeasureStatus.IDEA, null, 0, null));
		String path = "/werkzeugkoffer/vorschlagen?kommune=" + kommune + "&massnahme=" + measure;
		// when: its coordinator opens the proposal form from the measure
		EntryForm form = (EntryForm) mvc.perform(get(path).with(user(coordinator))).andExpect(status().isOk())
			.andReturn().getModelAndView().getModel().get("entryForm");
		// then: title, description, origin, step and the target groups both catalogues know are filled in
		assertThat(form.getType()).isEqualTo(EntryType.PRACTICE);
		assertThat(form.getTitle()).isEqualTo("Generationencafé im Rathaus");
		assertThat(form.getDescription()).isEqualTo("Jeden Mittwoch kochen Ältere mit Jugendlichen.");
		assertThat(form.getOrigin()).contains("Werkstattplan", "Generationencafé im Rathaus");
		assertThat(form.getProcessSteps()).containsExactly(de.daks.process.Step.WERKSTATTPLAN);
		assertThat(form.getTargetGroups()).containsExactly(TargetGroup.AELTERE);
		// and the coordinator of another Kommune gets an empty form, not the measure
		DaksPrincipal stranger = coordinator(kommune());
		EntryForm empty = (EntryForm) mvc.perform(get(path).with(user(stranger))).andExpect(status().isOk())
			.andReturn().getModelAndView().getModel().get("entryForm");
		assertThat(empty.getTitle()).isEmpty();
	}

	@Test
	void aProposalIsInvisibleUntilTheOfficePublishesItAndThenSearchable() throws Exception {
		// given
		KommuneId kommune = kommune();
		DaksPrincipal coordinator = coordinator(kommune);
		String title = "Rollendes Dorfcafé " + unique();
		// when: proposed
		mvc.perform(proposal(title, kommune).with(user(coordinator))).andExpect(status().is3xxRedirection());
		ToolboxEntry entry = toolbox.proposals().stream().filter(e -> e.title().equals(title)).findFirst()
			.orElseThrow();
		// then: the public neither finds nor sees it, the proposer and the office see it
		assertThat(entry.status()).isEqualTo(EntryStatus.PROPOSED);
		assertThat(entry.proposedByKommune()).isEqualTo(kommune.value());
		assertThat(toolbox.find(ToolboxFilter.text("Dorfcafe"))).noneMatch(e -> e.id().equals(entry.id()));
		mvc.perform(get("/werkzeugkoffer/" + entry.slug())).andExpect(status().isNotFound());
		mvc.perform(get("/werkzeugkoffer/" + entry.slug()).with(user(coordinator))).andExpect(status().isOk());
		mvc.perform(get("/werkzeugkoffer/pruefung").with(user(office)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(title)));

		// when: published
		mvc.perform(post("/werkzeugkoffer/pruefung/" + entry.id() + "/veroeffentlichen").with(csrf())
			.with(user(office))).andExpect(status().is3xxRedirection());
		// then: public and found with a typo, and on the step page's material
		mvc.perform(get("/werkzeugkoffer/" + entry.slug())).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Er steht jede Woche woanders.")));
		assertThat(toolbox.find(ToolboxFilter.text("Dorfcaffe"))).extracting(ToolboxEntry::id).first()
			.isEqualTo(entry.id());
		assertThat(toolbox.forStep(de.daks.process.Step.WERKSTATTPLAN)).extracting(ToolboxEntry::id)
			.contains(entry.id());
	}

	@Test
	void theProposerAttachesCheckedFilesThatArePublicOnceTheEntryIs() throws Exception {
		// given
		KommuneId kommune = kommune();
		DaksPrincipal coordinator = coordinator(kommune);
		DaksPrincipal other = coordinator(kommune());
		String title = "Mitfahrbank " + unique();
		mvc.perform(proposal(title, kommune).with(user(coordinator))).andExpect(status().is3xxRedirection());
		ToolboxEntry entry = toolbox.proposals().stream().filter(e -> e.title().equals(title)).findFirst()
			.orElseThrow();
		String base = "/werkzeugkoffer/" + entry.slug() + "/anhaenge";
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		// when: a PDF, a web page named .pdf, an empty file; and someone else
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "Schild.pdf", "application/pdf", pdf))
			.with(csrf()).with(user(coordinator)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashSuccess", "toolbox.attachment.saved"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "boese.pdf", "application/pdf",
					"<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(csrf()).with(user(coordinator)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "toolbox.attachment.refused.TYPE"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "leer.pdf", "application/pdf", new byte[0]))
			.with(csrf()).with(user(coordinator)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "toolbox.attachment.refused.EMPTY"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(base)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "Schild.pdf", "application/pdf", pdf))
			.with(csrf()).with(user(other))).andExpect(status().isNotFound());
		// then: one attachment, public after publication
		var stored = jdbc.sql("select id from toolbox_attachment where entry_id = :e").param("e", entry.id())
			.query(UUID.class).list();
		assertThat(stored).hasSize(1);
		mvc.perform(get(base + "/" + stored.get(0))).andExpect(status().isNotFound());
		toolbox.publish(entry.id());
		mvc.perform(get(base + "/" + stored.get(0))).andExpect(status().isOk())
			.andExpect(content().bytes(pdf))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
		mvc.perform(get("/werkzeugkoffer/" + entry.slug()))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Schild.pdf")));
	}

	@Test
	void aProposalWithBadFieldsNamesThemAndStoresNothing() throws Exception {
		// given
		KommuneId kommune = kommune();
		DaksPrincipal coordinator = coordinator(kommune);
		String title = "Fehlerhaft " + unique();
		int before = jdbc.sql("select count(*) from toolbox_entry").query(Integer.class).single();
		// when
		mvc.perform(proposal(title, kommune, "problem", "", "links", "javascript:alert(1)", "themes", "")
			.with(user(coordinator)))
			// then
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("entryForm", "problem", "links", "themes"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bitte geben Sie das Problem ein.")));
		// and: a Kommune the user does not belong to is refused
		mvc.perform(proposal(title, kommune()).with(user(coordinator)))
			.andExpect(model().attributeHasFieldErrorCode("entryForm", "kommune", "toolbox.form.kommune.invalid"));
		assertThat(jdbc.sql("select count(*) from toolbox_entry").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void revisionsKeepEveryVersionAndRatingsAndCommentsAreKept() throws Exception {
		// given
		ToolboxEntry cafe = toolbox.findBySlug("world-cafe").orElseThrow();
		DaksPrincipal coordinator = coordinator(kommune());
		DaksPrincipal other = coordinator(kommune());
		// when: the office revises the entry
		ToolboxEntry revised = toolbox.revise(cafe.id(), new EntryContent(cafe.content().type(),
				cafe.content().title(), cafe.content().problem(), cafe.content().description() + " Ergänzt.",
				cafe.content().steps(), cafe.content().effortTime(), cafe.content().effortStaff(),
				cafe.content().effortCost(), cafe.content().sizes(), cafe.content().processSteps(),
				cafe.content().themes(), cafe.content().targetGroups(), cafe.content().origin(),
				cafe.content().links(), cafe.content().licence()), "Test");
		// and: two users rate (one twice), one comments with markup
		mvc.perform(post("/werkzeugkoffer/world-cafe/bewertung").with(csrf()).with(user(coordinator))
			.param("useful", "2"));
		mvc.perform(post("/werkzeugkoffer/world-cafe/bewertung").with(csrf()).with(user(coordinator))
			.param("useful", "5"));
		mvc.perform(post("/werkzeugkoffer/world-cafe/bewertung").with(csrf()).with(user(other))
			.param("useful", "9"));
		mvc.perform(post("/werkzeugkoffer/world-cafe/kommentare").with(csrf()).with(user(other))
			.param("text", "<b>Klappt</b> auch mit 12 Leuten"));
		// then
		assertThat(revised.version()).isEqualTo(cafe.version() + 1);
		assertThat(toolbox.versions(cafe.id())).hasSize(revised.version())
			.extracting(ToolboxEntry::version).startsWith(revised.version(), cafe.version());
		assertThat(jdbc.sql("select count(*) from toolbox_rating where entry_id = :e and user_id = :u")
			.param("e", cafe.id()).param("u", coordinator.id().value()).query(Integer.class).single()).isOne();
		assertThat(jdbc.sql("select useful from toolbox_rating where entry_id = :e and user_id = :u")
			.param("e", cafe.id()).param("u", coordinator.id().value()).query(Integer.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from toolbox_rating where entry_id = :e and user_id = :u")
			.param("e", cafe.id()).param("u", other.id().value()).query(Integer.class).single()).isZero();
		mvc.perform(get("/werkzeugkoffer/world-cafe"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;b&gt;Klappt&lt;/b&gt;")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(" Ergänzt.")));
		mvc.perform(get("/werkzeugkoffer/world-cafe/versionen")).andExpect(status().isOk());
	}

	@Test
	void theStepPageOfAKommuneListsTheToolboxEntriesOfThatStep() throws Exception {
		// given
		KommuneId kommune = kommune();
		DaksPrincipal coordinator = coordinator(kommune);
		// when / then
		mvc.perform(get("/kommunen/" + kommune + "/schritte/zukunftswerkstatt").with(user(coordinator)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Aus dem Werkzeugkoffer")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/werkzeugkoffer/world-cafe")))
			.andExpect(content().string(org.hamcrest.Matchers.not(
					org.hamcrest.Matchers.containsString("/werkzeugkoffer/buergerbus\""))));
	}

	@Test
	void unknownFilterValuesAreIgnoredAndTheListWorksWithoutJavaScript() throws Exception {
		mvc.perform(get("/werkzeugkoffer").param("theme", "NOPE").param("step", "x").param("q", "Wohnen"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Wohnen für Hilfe")));
	}
}
