package dk.borgerraadgiver.organisation.internal;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import javax.imageio.ImageIO;

import dk.borgerraadgiver.organisation.MunicipalityRefusedException;

/**
 * Makes an uploaded logo safe to show: only PNG is taken (an SVG can carry scripts, so it is refused
 * rather than sanitised); the size is read from the header before anything is decoded (at most
 * {@value #MAX_SOURCE_SIDE} px a side), and the picture is decoded, scaled to fit
 * {@value #WIDTH}×{@value #HEIGHT} px and encoded anew, so nothing of the uploaded file but its pixels is kept.
 */
public final class LogoImage {

    static final int MAX_SOURCE_SIDE = 4000;
    static final int WIDTH = 480;
    static final int HEIGHT = 160;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private LogoImage() {
    }

    public static byte[] fromUpload(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(256);
        } catch (IOException e) {
            throw new MunicipalityRefusedException("logo", "admin.municipality.error.logoUnreadable");
        }
        var text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().toLowerCase();
        if (text.startsWith("<svg") || text.startsWith("<?xml")) {
            throw new MunicipalityRefusedException("logo", "admin.municipality.error.logoSvg");
        }
        if (head.length < 24 || !Arrays.equals(Arrays.copyOf(head, 8), PNG_SIGNATURE)) {
            throw new MunicipalityRefusedException("logo", "admin.municipality.error.logoType");
        }
        long width = readInt(head, 16);
        long height = readInt(head, 20);
        if (width < 1 || height < 1 || width > MAX_SOURCE_SIDE || height > MAX_SOURCE_SIDE) {
            throw new MunicipalityRefusedException("logo", "admin.municipality.error.logoSize", MAX_SOURCE_SIDE);
        }
        try {
            var source = ImageIO.read(file.toFile());
            if (source == null) {
                throw new MunicipalityRefusedException("logo", "admin.municipality.error.logoUnreadable");
            }
            var scale = Math.min(1.0, Math.min((double) WIDTH / source.getWidth(), (double) HEIGHT / source.getHeight()));
            int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
            var target = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            var graphics = target.createGraphics();
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.drawImage(source, 0, 0, w, h, null);
            graphics.dispose();
            var out = new ByteArrayOutputStream();
            ImageIO.write(target, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof MunicipalityRefusedException refused) {
                throw refused;
            }
            throw new MunicipalityRefusedException("logo", "admin.municipality.error.logoUnreadable");
        }
    }

    private static long readInt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xffL) << 24) | ((bytes[offset + 1] & 0xffL) << 16) | ((bytes[offset + 2] & 0xffL) << 8)
                | (bytes[offset + 3] & 0xffL);
    }
}
