package dk.borgerraadgiver.inquiry.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import dk.borgerraadgiver.inquiry.AttachmentRejectedException;
import dk.borgerraadgiver.inquiry.AttachmentRejectedException.Reason;

/**
 * Re-encodes a JPEG or PNG so that no metadata survives, within a memory budget: the size is read
 * from the header first, an image over the pixel limit is refused before decoding, and one over the
 * decoding budget is decoded subsampled (every second or third pixel), which keeps a phone photo of
 * a letter readable and the heap a few tens of megabytes per image.
 */
final class ImageCheck {

    private final long maxPixels;
    private final long maxDecodedPixels;

    ImageCheck(long maxPixels, long maxDecodedPixels) {
        this.maxPixels = maxPixels;
        this.maxDecodedPixels = maxDecodedPixels;
    }

    byte[] reencoded(byte[] bytes, String format) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new AttachmentRejectedException(Reason.IMAGE_TOO_LARGE);
                }
                var param = reader.getDefaultReadParam();
                int step = subsampling(pixels);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage image = reader.read(0, param);
                if ("jpeg".equals(format) && image.getColorModel().hasAlpha()) {
                    var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                    rgb.getGraphics().drawImage(image, 0, 0, null);
                    image = rgb;
                }
                var out = new ByteArrayOutputStream(bytes.length);
                if (!ImageIO.write(image, format, out)) {
                    throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
                }
                return out.toByteArray();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AttachmentRejectedException rejected) {
                throw rejected;
            }
            throw new AttachmentRejectedException(Reason.DAMAGED_IMAGE);
        }
    }

    /** The smallest whole step that brings the decoded image within the budget. */
    int subsampling(long pixels) {
        int step = 1;
        while (pixels / ((long) step * step) > maxDecodedPixels) {
            step++;
        }
        return step;
    }
}
