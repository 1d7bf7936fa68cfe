package dk.borgerraadgiver.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

/** Reads the parts of a received mail. */
public final class Mails {

    private Mails() {
    }

    /** Every text part (plain, HTML, calendar) of the mail, decoded. */
    public static List<String> textParts(Part part) {
        var texts = new ArrayList<String>();
        collect(part, texts, null);
        return texts;
    }

    /** The decoded text of the first part with this MIME type, e.g. text/calendar. */
    public static String partOfType(Part part, String mimeType) {
        var texts = new ArrayList<String>();
        collect(part, texts, mimeType);
        if (texts.isEmpty()) {
            throw new AssertionError("No " + mimeType + " part in the mail");
        }
        return texts.getFirst();
    }

    public static String contentTypeOf(Part part, String mimeType) {
        try {
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    var found = contentTypeOf(multipart.getBodyPart(i), mimeType);
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            return part.isMimeType(mimeType) ? part.getContentType() : null;
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Part part, List<String> texts, String onlyType) {
        try {
            if (part.isMimeType("multipart/*")) {
                var multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, texts, onlyType);
                }
            } else if (part.isMimeType("text/*") && (onlyType == null || part.isMimeType(onlyType))) {
                var content = part.getContent();
                texts.add(content instanceof String text ? text
                        : new String(((InputStream) content).readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
