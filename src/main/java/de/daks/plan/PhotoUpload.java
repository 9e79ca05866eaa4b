package de.daks.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;

/**
 * A photo for a progress update as uploaded, checked before anything is stored: JPEG or PNG by its content (Apache
 * Tika, never the file name), at most {@link #MAX_BYTES}, between 16 and 10,000 pixels a side and at most 40
 * megapixels (read from the header, without decoding the image), with an alt text of at most 300 characters.
 */
public record PhotoUpload(String fileName, byte[] content, String altText) {

	public static final int MAX_PHOTOS = 3;

	public static final long MAX_BYTES = 5L * 1024 * 1024;

	static final Set<String> TYPES = Set.of("image/jpeg", "image/png");

	private static final Tika TIKA = new Tika();

	/** The checked photo: type and size in pixels. */
	record Checked(PhotoUpload upload, String contentType, int width, int height) {
	}

	/** Checks the photo; throws {@link PlanException} naming the broken rule. */
	Checked check() {
		if (altText.isBlank()) {
			throw new PlanException("plan.rule.photoAlt");
		}
		if (altText.strip().length() > 300) {
			throw new PlanException("plan.rule.photoAltLength");
		}
		if (content.length == 0 || content.length > MAX_BYTES) {
			throw new PlanException("plan.rule.photoSize");
		}
		String type = TIKA.detect(content);
		if (!TYPES.contains(type)) {
			throw new PlanException("plan.rule.photoType");
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				throw new PlanException("plan.rule.photoType");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width < 16 || height < 16 || width > 10_000 || height > 10_000
						|| (long) width * height > 40_000_000L) {
					throw new PlanException("plan.rule.photoDimensions");
				}
				return new Checked(this, type, width, height);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException ex) {
			throw new PlanException("plan.rule.photoType");
		}
	}
}
