package de.daks.process.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The attachment upload of a step page; size and type are checked by the service, by content. */
class UploadForm {

	private @Nullable MultipartFile file;

	public @Nullable MultipartFile getFile() {
		return file;
	}

	public void setFile(@Nullable MultipartFile file) {
		this.file = file;
	}
}
