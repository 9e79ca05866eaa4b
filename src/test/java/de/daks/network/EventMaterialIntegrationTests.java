package de.daks.network;

import static de.daks.network.NetworkTestData.person;
import static de.daks.network.NetworkTestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.GlobalRole;
import de.daks.identity.UserId;
import de.daks.identity.UserManagement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class EventMaterialIntegrationTests {

	/** The start of an MP4 file: an ftyp box of brand mp42, then an empty mdat box. */
	static final byte[] MP4 = mp4();

	/** The smallest PDF that Tika recognises by its magic bytes. */
	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	Events events;

	@Autowired
	EventMaterials materials;

	@Autowired
	UserManagement users;

	private final DaksPrincipal office = new DaksPrincipal(UserId.random(), "office@test.invalid", "Office",
			GlobalRole.GESCHAEFTSSTELLE, null, true, true, false);

	private static byte[] mp4() {
		byte[] bytes = new byte[64];
		byte[] head = { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's',
				'o', 'm', 0, 0, 0, 8, 'm', 'd', 'a', 't' };
		System.arraycopy(head, 0, bytes, 0, head.length);
		Arrays.fill(bytes, head.length, bytes.length, (byte) 7);
		return bytes;
	}

	private NetworkEvent pastEvent() {
		Instant start = Instant.now().minus(Duration.ofDays(3));
		return events.create(EventKind.ONLINE_SEMINAR, "Seminar " + unique(), "Fördermittel", "", "",
				"https://example.org/raum", start, start.plus(Duration.ofHours(2)), 30);
	}

	@Test
	void theOfficeUploadsSlidesARecordingAndALinkThatOnlyParticipantsSeeUntilTheEventIsPublic() throws Exception {
		// given: a past seminar with one participant; the office registered her before it started
		NetworkEvent event = pastEvent();
		DaksPrincipal participant = person(users, "Petra Teilnehmerin");
		DaksPrincipal stranger = person(users, "Sven Fremder");
		materialsRegistration(event, participant);

		// when: the office uploads slides (a PDF named .pptx – the content counts), a recording and a link
		mvc.perform(multipart("/veranstaltungen/" + event.id() + "/material/dateien")
			.file(new MockMultipartFile("file", "folien.pptx", "application/octet-stream", PDF))
			.param("kind", "DOCUMENT").param("title", "Folien <Teil 1>").with(csrf()).with(user(office)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(multipart("/veranstaltungen/" + event.id() + "/material/dateien")
			.file(new MockMultipartFile("file", "aufzeichnung.mp4", "video/mp4", MP4))
			.param("kind", "RECORDING_FILE").with(csrf()).with(user(office)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/veranstaltungen/" + event.id() + "/material/links").with(csrf()).with(user(office))
			.param("title", "Aufzeichnung im Videoportal").param("url", "https://video.example.org/seminar-42"))
			.andExpect(status().is3xxRedirection());

		// then: the participant sees and downloads everything, with the sniffed type
		assertThat(materials.of(event.id())).extracting(EventMaterials.Material::kind).containsExactly(
				EventMaterials.Kind.DOCUMENT, EventMaterials.Kind.RECORDING_FILE, EventMaterials.Kind.RECORDING_LINK);
		EventMaterials.Material slides = materials.of(event.id()).get(0);
		assertThat(slides.contentType()).isEqualTo("application/pdf");
		assertThat(materials.of(event.id()).get(1).contentType()).isEqualTo("video/mp4");
		mvc.perform(get("/veranstaltungen/" + event.id() + "/material").with(user(participant)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Folien &lt;Teil 1&gt;")))
			.andExpect(content().string(Matchers.containsString("aufzeichnung.mp4")))
			.andExpect(content().string(Matchers.containsString("href=\"https://video.example.org/seminar-42\"")));
		mvc.perform(get("/veranstaltungen/" + event.id() + "/material/" + slides.id()).with(user(participant)))
			.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));

		// and: others neither see nor download them
		for (var request : new org.springframework.test.web.servlet.RequestBuilder[] {
				get("/veranstaltungen/" + event.id() + "/material").with(user(stranger)),
				get("/veranstaltungen/" + event.id() + "/material") }) {
			mvc.perform(request).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("sehen nur die angemeldeten Teilnehmenden")))
				.andExpect(content().string(Matchers.not(Matchers.containsString("seminar-42"))));
		}
		mvc.perform(get("/veranstaltungen/" + event.id() + "/material/" + slides.id()).with(user(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/veranstaltungen/" + event.id() + "/material/" + slides.id()))
			.andExpect(status().isNotFound());

		// when: the office makes the event's materials public
		mvc.perform(post("/veranstaltungen/" + event.id() + "/material/sichtbarkeit").with(csrf()).with(user(office))
			.param("publicly", "true")).andExpect(status().is3xxRedirection());
		// then: everyone sees and downloads them
		mvc.perform(get("/veranstaltungen/" + event.id() + "/material")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("seminar-42")));
		mvc.perform(get("/veranstaltungen/" + event.id() + "/material/" + slides.id())).andExpect(status().isOk());

		// and: the office deletes the slides, file and row
		mvc.perform(post("/veranstaltungen/" + event.id() + "/material/" + slides.id() + "/loeschen").with(csrf())
			.with(user(office))).andExpect(status().is3xxRedirection());
		assertThat(materials.of(event.id())).hasSize(2);
		mvc.perform(get("/veranstaltungen/" + event.id() + "/material/" + slides.id())).andExpect(status().isNotFound());
	}

	@Test
	void badFilesAndLinksAreRefusedWithAnErrorNamingTheFieldAndNothingIsStored() throws Exception {
		NetworkEvent event = pastEvent();
		String base = "/veranstaltungen/" + event.id() + "/material";
		// a recording that is a PDF, a document that is a video, a script named .pdf, an empty file
		mvc.perform(multipart(base + "/dateien").file(new MockMultipartFile("file", "video.mp4", "video/mp4", PDF))
			.param("kind", "RECORDING_FILE").with(csrf()).with(user(office)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(Matchers.containsString("Datei: Dieser Dateityp ist hier nicht erlaubt")))
			.andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
		mvc.perform(multipart(base + "/dateien").file(new MockMultipartFile("file", "folien.pdf", "application/pdf", MP4))
			.param("kind", "DOCUMENT").with(csrf()).with(user(office))).andExpect(status().isUnprocessableEntity());
		mvc.perform(multipart(base + "/dateien")
			.file(new MockMultipartFile("file", "x.pdf", "application/pdf",
					"#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)))
			.param("kind", "DOCUMENT").with(csrf()).with(user(office))).andExpect(status().isUnprocessableEntity());
		mvc.perform(multipart(base + "/dateien").file(new MockMultipartFile("file", "leer.pdf", "application/pdf",
				new byte[0])).param("kind", "DOCUMENT").with(csrf()).with(user(office)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(Matchers.containsString("Datei: Bitte eine Datei auswählen")));
		mvc.perform(multipart(base + "/dateien").file(new MockMultipartFile("file", "f.pdf", "application/pdf", PDF))
			.param("kind", "DOCUMENT").param("title", "x".repeat(201)).with(csrf()).with(user(office)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(Matchers.containsString("Titel: Bitte einen Titel")));
		// links: http, javascript, no host, spaces
		for (String url : new String[] { "http://video.example.org/a", "javascript:alert(1)", "https://",
				"https://video.example.org/a b", "ftp://example.org/x" }) {
			mvc.perform(post(base + "/links").with(csrf()).with(user(office)).param("title", "Aufzeichnung")
				.param("url", url))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(content().string(Matchers.containsString("Adresse: Bitte eine vollständige Adresse mit https://")));
		}
		assertThat(materials.of(event.id())).isEmpty();
		assertThat(EventMaterials.validLink("HTTPS://Video.example.org/x?t=1")).isPresent();
		// a recording above the configured size is refused by the service too
		byte[] large = new byte[(int) materials.recordingMax() + 1];
		System.arraycopy(MP4, 0, large, 0, MP4.length);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> materials.store(event.id(), true, "Groß", "g.mp4",
				new ByteArrayInputStream(large)))
			.isInstanceOfSatisfying(EventMaterials.RefusedException.class,
					ex -> assertThat(ex.reason()).isEqualTo(EventMaterials.Refusal.TOO_LARGE));
		assertThat(materials.of(event.id())).isEmpty();
		// and: an unknown material is not found
		mvc.perform(get(base + "/" + UUID.randomUUID()).with(user(office))).andExpect(status().isNotFound());
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** A registration with a place, written directly: the event is over, so the form would refuse it. */
	private void materialsRegistration(NetworkEvent event, DaksPrincipal participant) {
		jdbc.sql("""
				insert into network_event_registration (id, event_id, user_id, name, email, status, registered_at,
				 attended) values (:id, :e, :u, :n, :m, 'REGISTERED', :at, false)""")
			.param("id", UUID.randomUUID()).param("e", event.id()).param("u", participant.id().value())
			.param("n", participant.displayName()).param("m", participant.email())
			.param("at", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(5)))).update();
	}
}
