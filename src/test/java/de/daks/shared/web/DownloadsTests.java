package de.daks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@Tag("no-database")
class DownloadsTests {

	@Test
	void aDownloadNamesTheFileAsAttachmentAlsoInUtf8() {
		ResponseEntity<byte[]> response = Downloads.attachment(new byte[] { 1, 2 }, "application/pdf",
				"Zwischenbilanz-Düren.pdf");

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType()).hasToString("application/pdf");
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=")
			.contains("filename*=UTF-8''Zwischenbilanz-D%C3%BCren.pdf");
		assertThat(response.getBody()).containsExactly(1, 2);
	}

}
