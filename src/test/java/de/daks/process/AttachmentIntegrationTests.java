package de.daks.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@DaksIntegrationTest
class AttachmentIntegrationTests {

	/** The smallest document Tika recognises as PDF by its magic bytes. */
	static final byte[] PDF = """
			%PDF-1.4
			1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
			2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
			trailer << /Root 1 0 R >>
			%%EOF
			""".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	ProcessManagement processes;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	@Value("${daks.attachments.directory}")
	Path directory;

	@Value("${daks.attachments.max-size}")
	org.springframework.util.unit.DataSize maxSize;

	KommuneId kommune;

	DaksPrincipal member;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Anhangstadt");
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
	}

	@Test
	void aRealPdfIsStoredAndDownloadedAsAttachmentWithItsType() throws Exception {
		// given
		MockMultipartFile file = new MockMultipartFile("file", "Einladung Kick-Off.pdf", "application/pdf", PDF);
		// when
		mvc.perform(multipart("/kommunen/" + kommune + "/schritte/kick-off/anhaenge").file(file)
			.with(user(member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// then
		var attachments = processes.stepOf(kommune, Step.KICK_OFF, Locale.GERMAN).attachments();
		assertThat(attachments).singleElement().satisfies(a -> {
			assertThat(a.fileName()).isEqualTo("Einladung Kick-Off.pdf");
			assertThat(a.contentType()).isEqualTo("application/pdf");
			assertThat(a.size()).isEqualTo(PDF.length);
			assertThat(a.uploadedBy()).isEqualTo(member.displayName());
		});
		var response = mvc.perform(get("/kommunen/" + kommune + "/anhaenge/" + attachments.get(0).id())
			.with(user(member)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.startsWith("attachment; filename=")))
			.andReturn().getResponse();
		assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
		assertThat(response.getHeader("Content-Disposition")).contains("Einladung");
	}

	@Test
	void anAttachmentOfAnotherKommuneIsNotFound() throws Exception {
		// given
		AttachmentId id = processes.addAttachment(kommune, Step.KICK_OFF, "a.pdf", PDF.length,
				new org.springframework.core.io.ByteArrayResource(PDF), ProcessActor.system());
		KommuneId other = new ProcessFixtures(users, kommunen).kommune("Fremdstadt");
		DaksPrincipal stranger = new ProcessFixtures(users, kommunen).member(other, KommuneRole.KOORDINATION);
		// when / then
		mvc.perform(get("/kommunen/" + other + "/anhaenge/" + id).with(user(stranger)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/kommunen/" + other + "/anhaenge/" + id + "/loeschen").with(user(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/kommunen/" + kommune + "/anhaenge/" + id).with(user(stranger)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFileOverTheLimitIsRefusedWithAMessageAndNothingIsStored() throws Exception {
		// given
		byte[] large = Arrays.copyOf(PDF, (int) maxSize.toBytes() + 1);
		long filesBefore = fileCount();
		// when
		String html = mvc.perform(multipart("/kommunen/" + kommune + "/schritte/kick-off/anhaenge")
			.file(new MockMultipartFile("file", "gross.pdf", "application/pdf", large)).with(user(member))
			.with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// then
		assertThat(html).contains("Die Datei ist zu groß. Erlaubt sind höchstens 10 MB", "file-error");
		assertThat(processes.stepOf(kommune, Step.KICK_OFF, Locale.GERMAN).attachments()).isEmpty();
		assertThat(fileCount()).isEqualTo(filesBefore);
	}

	@Test
	void anExecutableDisguisedAsPdfIsRefused() throws Exception {
		// given: the start of an ELF binary
		byte[] elf = new byte[512];
		System.arraycopy(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 }, 0, elf, 0, 8);
		// when
		String html = upload("bericht.pdf", elf);
		// then
		assertThat(html).contains("Diese Dateiart ist nicht erlaubt", "Es wurde nichts gespeichert");
		assertThat(processes.stepOf(kommune, Step.KICK_OFF, Locale.GERMAN).attachments()).isEmpty();
	}

	@Test
	void aWindowsProgramAndHtmlDisguisedAsPdfAreRefused() throws Exception {
		// given
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
			.getBytes(StandardCharsets.UTF_8);
		// when
		String first = upload("protokoll.pdf", exe);
		String second = upload("protokoll.pdf", html);
		// then
		assertThat(first).contains("Diese Dateiart ist nicht erlaubt");
		assertThat(second).contains("Diese Dateiart ist nicht erlaubt", "text/html");
		assertThat(processes.stepOf(kommune, Step.KICK_OFF, Locale.GERMAN).attachments()).isEmpty();
	}

	@Test
	void csvAndPlainTextAreAccepted() {
		// when
		processes.addAttachment(kommune, Step.KOMMUNALPROFIL, "akteure.csv", 20,
				new org.springframework.core.io.ByteArrayResource(
						"Organisation;Person\nKreis;Frau A\n".getBytes(StandardCharsets.UTF_8)),
				ProcessActor.system());
		// then
		assertThat(processes.stepOf(kommune, Step.KOMMUNALPROFIL, Locale.GERMAN).attachments())
			.extracting(Attachment::contentType).containsExactly("text/csv");
	}

	@Test
	void anEmptyUploadGetsAFieldError() throws Exception {
		// when
		String html = upload("leer.pdf", new byte[0]);
		// then
		assertThat(html).contains("Bitte wählen Sie eine Datei aus");
	}

	private String upload(String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/kommunen/" + kommune + "/schritte/kick-off/anhaenge")
			.file(new MockMultipartFile("file", name, "application/pdf", content)).with(user(member)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long fileCount() throws Exception {
		if (!Files.exists(directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.count();
		}
	}
}
