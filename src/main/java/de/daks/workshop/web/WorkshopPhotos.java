package de.daks.workshop.web;

import de.daks.process.Attachment;
import de.daks.process.AttachmentContent;
import de.daks.process.AttachmentId;
import de.daks.process.ProcessManagement;
import de.daks.process.Step;
import de.daks.reporting.ReportBlock;
import de.daks.shared.KommuneId;
import de.daks.shared.NotFoundException;
import de.daks.workshop.PhotoSetting;
import de.daks.workshop.Workshop;
import de.daks.workshop.Workshops;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The moderators' photos of a workshop: the attachments of the process step Zukunftswerkstatt (uploaded there, size
 * and type checked from the content) with the workshop's alternative text and publication mark. PNG and JPEG photos
 * are embedded in the documentation; the public sees only the publishable ones (which have an alternative text).
 */
@Component
class WorkshopPhotos {

	static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg");

	/** A photo (or other attachment) with the workshop's settings. */
	record Photo(Attachment attachment, @Nullable String altText, boolean publishable) {

		public boolean image() {
			return IMAGE_TYPES.contains(attachment.contentType());
		}

		public UUID id() {
			return attachment.id().value();
		}
	}

	private final ProcessManagement process;

	private final Workshops workshops;

	WorkshopPhotos(ProcessManagement process, Workshops workshops) {
		this.process = process;
		this.workshops = workshops;
	}

	List<Photo> all(Workshop workshop, Locale locale) {
		Map<UUID, PhotoSetting> settings = workshops.photoSettings(workshop);
		return process.stepOf(workshop.kommuneId(), Step.ZUKUNFTSWERKSTATT, locale).attachments().stream()
			.map(a -> {
				PhotoSetting s = settings.get(a.id().value());
				return new Photo(a, s == null ? null : s.altText(), s != null && s.publishable());
			})
			.toList();
	}

	/** The photos the public may see: images marked publishable (they have an alternative text). */
	List<Photo> published(Workshop workshop, Locale locale) {
		return all(workshop, locale).stream().filter(p -> p.image() && p.publishable() && p.altText() != null)
			.toList();
	}

	/** One of the Kommune's photos; 404 otherwise. */
	Photo photo(Workshop workshop, UUID attachmentId, Locale locale) {
		return all(workshop, locale).stream().filter(p -> p.id().equals(attachmentId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Photo " + attachmentId));
	}

	AttachmentContent open(KommuneId kommune, UUID attachmentId) {
		return process.openAttachment(kommune, new AttachmentId(attachmentId));
	}

	/**
	 * The photos as report images (the alternative text, else the file name; the file name as caption only
	 * internally); unreadable images are left out.
	 */
	List<ReportBlock.Image> images(Workshop workshop, List<Photo> photos, boolean withFileNames) {
		List<ReportBlock.Image> images = new ArrayList<>();
		for (Photo photo : photos) {
			if (!photo.image()) {
				continue;
			}
			byte[] data;
			try (InputStream in = open(workshop.kommuneId(), photo.id()).content().getInputStream()) {
				data = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not read photo " + photo.id(), ex);
			}
			int[] size = size(data);
			if (size != null) {
				String alt = photo.altText() == null ? photo.attachment().fileName() : photo.altText();
				images.add(new ReportBlock.Image(data, photo.attachment().contentType(), size[0], size[1], alt,
						withFileNames ? photo.attachment().fileName() : null));
			}
		}
		return images;
	}

	/** Width and height in pixels from the image header (not decoding the whole picture), or null. */
	static int @Nullable [] size(byte[] data) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(data))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return null;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in);
				return new int[] { reader.getWidth(0), reader.getHeight(0) };
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			return null;
		}
	}
}
