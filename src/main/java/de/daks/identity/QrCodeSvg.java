package de.daks.identity;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as SVG path data, drawn on the server from zxing's {@link BitMatrix}: no image service, no JavaScript.
 * The template puts the path into an {@code <svg>} with a title, so no markup is built from strings here.
 *
 * @param size the side length in modules, including the quiet zone
 * @param path one square per dark module
 */
public record QrCodeSvg(int size, String path) {

	private static final int QUIET_ZONE = 4;

	public static QrCodeSvg of(String content) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					if (matrix.get(x, y)) {
						path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
					}
				}
			}
			return new QrCodeSvg(matrix.getWidth(), path.toString());
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Cannot encode as QR code: " + ex.getMessage(), ex);
		}
	}

	public String viewBox() {
		return "0 0 " + size + " " + size;
	}
}
