package de.daks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.daks.DaksIntegrationTest;
import de.daks.identity.DaksPrincipal;
import de.daks.identity.KommuneRole;
import de.daks.identity.UserManagement;
import de.daks.process.ProcessFixtures;
import de.daks.shared.KommuneId;
import de.daks.territory.KommuneManagement;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Photos in progress updates: checked by content, size and pixels, alt text required, public only when published. */
@DaksIntegrationTest
class PlanPhotoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Plans plans;

	@Autowired
	UserManagement users;

	@Autowired
	KommuneManagement kommunen;

	KommuneId kommune;

	KommuneId other;

	DaksPrincipal member;

	DaksPrincipal otherMember;

	@Autowired
	PlatformTransactionManager transactions;

	@Value("${daks.attachments.directory}")
	java.nio.file.Path attachments;

	String base;

	long measure;

	@BeforeEach
	void setUp() {
		ProcessFixtures fixtures = new ProcessFixtures(users, kommunen);
		kommune = fixtures.kommune("Fotostadt");
		other = fixtures.kommune("Andere");
		member = fixtures.member(kommune, KommuneRole.MITGLIED);
		otherMember = fixtures.member(other, KommuneRole.MITGLIED);
		base = "/kommunen/" + kommune + "/werkstattplan";
		long field = plans.addField(kommune, "Begegnung");
		measure = plans.addMeasure(kommune, Measure.idea(field, "Generationencafé", null, null, null));
	}

	@Test
	void anUpdateCarriesCheckedPhotosWithAltTextShownToTheTeamAndPublicOnceThePlanIsPublished() throws Exception {
		byte[] png = image(320, 200, "png");
		byte[] jpeg = image(200, 300, "jpeg");
		mvc.perform(report().file(photo("a.png", png)).file(photo("b.jpg", jpeg)).param("alt", "Gäste am Tisch",
				"Die Kaffeetafel")).andExpect(flash().attribute("flashSuccess", "plan.progress.saved"));

		MeasureUpdate update = plans.updates(kommune, measure).get(0);
		assertThat(update.photos()).extracting(UpdatePhoto::contentType, UpdatePhoto::width, UpdatePhoto::altText)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("image/png", 320, "Gäste am Tisch"),
					org.assertj.core.groups.Tuple.tuple("image/jpeg", 200, "Die Kaffeetafel"));
		long photoId = update.photos().get(0).id();
		byte[] served = mvc.perform(get(base + "/fotos/" + photoId).with(user(member))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff")).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(served).isEqualTo(png);
		assertThat(mvc.perform(get(base + "/massnahmen/" + measure).with(user(member))).andReturn().getResponse()
			.getContentAsString()).contains("alt=\"Gäste am Tisch\"", base + "/fotos/" + photoId);
		// another Kommune's team and the public see nothing before the plan is published
		mvc.perform(get("/kommunen/" + other + "/werkstattplan/fotos/" + photoId).with(user(otherMember)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/werkstattplaene/" + kommune + "/fotos/" + photoId)).andExpect(status().isNotFound());

		plans.publish(kommune, LocalDate.of(2027, 1, 20), "Ratsbeschluss 1/2027", "Test");
		mvc.perform(get("/werkstattplaene/" + kommune + "/fotos/" + photoId)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		assertThat(mvc.perform(get("/werkstattplaene/" + kommune)).andReturn().getResponse().getContentAsString())
			.contains("alt=\"Gäste am Tisch\"", "/werkstattplaene/" + kommune + "/fotos/" + photoId);
		mvc.perform(get("/werkstattplaene/" + other + "/fotos/" + photoId)).andExpect(status().isNotFound());
	}

	@Test
	void badPhotosAreRefusedAndNothingIsStored() throws Exception {
		byte[] png = image(100, 100, "png");
		mvc.perform(report().file(photo("a.png", png)).param("alt", " "))
			.andExpect(flash().attribute("flashError", "plan.rule.photoAlt"));
		mvc.perform(report().file(photo("a.png", "kein Bild".getBytes(StandardCharsets.UTF_8))).param("alt", "x"))
			.andExpect(flash().attribute("flashError", "plan.rule.photoType"));
		mvc.perform(report().file(photo("a.png", image(8, 8, "png"))).param("alt", "x"))
			.andExpect(flash().attribute("flashError", "plan.rule.photoDimensions"));
		mvc.perform(report().file(photo("1.png", png)).file(photo("2.png", png)).file(photo("3.png", png))
			.file(photo("4.png", png)).param("alt", "a", "b", "c", "d"))
			.andExpect(flash().attribute("flashError", "plan.rule.photoCount"));
		assertThat(plans.updates(kommune, measure)).isEmpty();
		assertThat(plans.measure(kommune, measure).progress()).isZero();
	}

	@Test
	void photoFilesAreDeletedWithTheMeasureOrFieldAfterCommitAndKeptOnRollback() throws Exception {
		mvc.perform(report().file(photo("a.png", image(100, 100, "png"))).param("alt", "Gäste"))
			.andExpect(flash().attribute("flashSuccess", "plan.progress.saved"));
		java.nio.file.Path file = attachments
			.resolve(plans.updates(kommune, measure).get(0).photos().get(0).storageName());
		assertThat(file).exists();

		// when: the deletion rolls back, the row and the file stay
		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			plans.deleteMeasure(kommune, measure);
			tx.setRollbackOnly();
		});
		assertThat(plans.updates(kommune, measure)).hasSize(1);
		assertThat(file).exists();

		// when: it commits, the file is gone
		plans.deleteMeasure(kommune, measure);
		assertThat(file).doesNotExist();

		// a deleted field takes the photo files of its measures along
		long field = plans.addField(kommune, "Mobilität");
		measure = plans.addMeasure(kommune, Measure.idea(field, "Bürgerbus", null, null, null));
		mvc.perform(report().file(photo("b.png", image(100, 100, "png"))).param("alt", "Bus"))
			.andExpect(flash().attribute("flashSuccess", "plan.progress.saved"));
		file = attachments.resolve(plans.updates(kommune, measure).get(0).photos().get(0).storageName());
		assertThat(file).exists();
		plans.deleteField(kommune, field, true);
		assertThat(file).doesNotExist();
	}

	@Test
	void theStatusReportOfAMeasureShowsItsUpdatesWithPhotosAsTaggedPdfAndDocx() throws Exception {
		mvc.perform(report().file(photo("a.png", image(120, 80, "png"))).param("alt", "Gäste am Tisch"))
			.andExpect(flash().attribute("flashSuccess", "plan.progress.saved"));
		plans.addMilestone(kommune, measure, "Raum gefunden", LocalDate.of(2027, 3, 1));
		String url = base + "/massnahmen/" + measure + "/sachstandsbericht";
		mvc.perform(get(url + ".pdf").with(user(otherMember))).andExpect(status().isForbidden());
		byte[] pdf = mvc.perform(get(url + ".pdf").with(user(member))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse()
			.getContentAsByteArray();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Sachstandsbericht: Generationencafé", "Erstes Treffen", "Raum gefunden",
					"Begegnung");
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			boolean image = false;
			for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
				for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
					image |= page.getResources()
						.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
				}
			}
			assertThat(image).isTrue();
			assertThat(alternativeTexts(document.getDocumentCatalog().getStructureTreeRoot()))
				.contains("Gäste am Tisch");
		}
		byte[] docx = mvc.perform(get(url + ".docx").with(user(member))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsByteArray();
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(docx))) {
			assertThat(document.getAllPictures()).hasSize(1);
		}
	}

	private static java.util.List<String> alternativeTexts(
			org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node) {
		java.util.List<String> texts = new java.util.ArrayList<>();
		for (Object kid : node.getKids()) {
			if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
				if (e.getAlternateDescription() != null) {
					texts.add(e.getAlternateDescription());
				}
				texts.addAll(alternativeTexts(e));
			}
		}
		return texts;
	}

	private MockMultipartHttpServletRequestBuilder report() {
		return (MockMultipartHttpServletRequestBuilder) multipart(base + "/massnahmen/" + measure + "/fortschritt")
			.param("progress", "20").param("text", "Erstes Treffen").with(user(member)).with(csrf());
	}

	private static MockMultipartFile photo(String name, byte[] content) {
		return new MockMultipartFile("photo", name, "image/png", content);
	}

	private static byte[] image(int width, int height, String format) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.getGraphics().fillRect(0, 0, width / 2, height / 2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}
}
