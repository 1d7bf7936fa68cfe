package dk.borgerraadgiver.inquiry.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.InflaterInputStream;

/**
 * A bounded look at a PDF's raw bytes before any PDF library parses it. A PDF library inflates
 * cross-reference and object streams whole into memory and sizes its tables by the numbers the file
 * states, so a 3 kB file can ask for gigabytes. This scan inflates every compressed stream into
 * nothing, counting bytes, and refuses the file as soon as a stream, the file's total or a stated
 * object count passes a limit — so memory stays at a small buffer and time at the inflation budget.
 * See docs/decisions/010-upload-limits-and-pdf-active-content.md.
 */
final class PdfStructureScan {

    /** Inflated bytes of one cross-reference or object stream (real ones are kilobytes). */
    static final long MAX_STRUCTURE_STREAM = 8L * 1024 * 1024;
    /** Inflated bytes of any one stream (a page of a scanned A4 at 300 dpi is about 25 MB). */
    static final long MAX_STREAM = 64L * 1024 * 1024;
    /** Inflated bytes of all streams together; also bounds the time the scan takes. */
    static final long MAX_TOTAL = 256L * 1024 * 1024;
    /** Object numbers, table sizes and object-stream counts above this are not from a real document. */
    static final long MAX_OBJECTS = 2_000_000;
    /** How far back from a {@code stream} keyword its dictionary may start. */
    private static final int MAX_DICTIONARY = 16 * 1024;

    private static final Pattern STREAM_KEYWORD = Pattern.compile(">>\\s*stream\\r?\\n");
    private static final Pattern OBJECT_HEADER = Pattern.compile("(\\d{1,19})\\s+\\d{1,10}\\s+obj\\b");
    private static final Pattern XREF_SUBSECTION = Pattern.compile("(?m)^(\\d{1,19}) (\\d{1,19})\\s*$");
    private static final Pattern SIZE_OR_COUNT = Pattern.compile("/(?:Size|N)\\s+(\\d{1,19})");
    private static final Pattern HEX_ESCAPE = Pattern.compile("#([0-9A-Fa-f]{2})");
    private static final Pattern STRUCTURE_TYPE = Pattern.compile("/Type\\s*/(?:ObjStm|XRef)\\b");
    private static final Pattern FLATE = Pattern.compile("/(?:FlateDecode|Fl)\\b");

    /** Why a file failed the scan; the inspector tells the citizen the file could not be read as PDF. */
    static final class Refused extends Exception {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    private PdfStructureScan() {
    }

    static void check(byte[] pdf) throws Refused {
        // ISO-8859-1 maps each byte to one char, so indexes in the text are indexes in the file.
        var text = new String(pdf, StandardCharsets.ISO_8859_1);
        requireSmall(OBJECT_HEADER.matcher(text), 1, "object number");
        requireSmall(SIZE_OR_COUNT.matcher(text), 1, "table size");
        var subsections = XREF_SUBSECTION.matcher(text);
        while (subsections.find()) {
            if (parse(subsections.group(1)) + parse(subsections.group(2)) > MAX_OBJECTS) {
                throw new Refused("cross-reference subsection");
            }
        }
        long total = 0;
        var streams = STREAM_KEYWORD.matcher(text);
        while (streams.find()) {
            var dictionary = normalised(dictionaryBefore(text, streams.start()));
            boolean structure = STRUCTURE_TYPE.matcher(dictionary).find();
            int flates = count(FLATE.matcher(dictionary));
            if (structure && (flates != 1 || !filterIsDirect(dictionary))) {
                throw new Refused("structure stream with an unusual filter");
            }
            if (flates == 0) {
                continue;
            }
            long limit = structure ? MAX_STRUCTURE_STREAM : MAX_STREAM;
            long inflated = inflatedSize(pdf, streams.end(), flates, Math.min(limit, MAX_TOTAL - total) + 1);
            if (inflated > limit || total + inflated > MAX_TOTAL) {
                throw new Refused("stream inflates beyond the limit");
            }
            total += inflated;
        }
    }

    private static void requireSmall(Matcher numbers, int group, String what) throws Refused {
        while (numbers.find()) {
            if (parse(numbers.group(group)) > MAX_OBJECTS) {
                throw new Refused(what);
            }
        }
    }

    private static long parse(String digits) {
        return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private static String dictionaryBefore(String text, int streamStart) {
        int from = Math.max(0, streamStart - MAX_DICTIONARY);
        int objectStart = text.lastIndexOf(" obj", streamStart);
        return text.substring(Math.max(from, objectStart < 0 ? from : objectStart), streamStart);
    }

    private static String normalised(String dictionary) {
        return HEX_ESCAPE.matcher(dictionary).replaceAll(hex -> Matcher.quoteReplacement(
                String.valueOf((char) Integer.parseInt(hex.group(1), 16))));
    }

    private static boolean filterIsDirect(String dictionary) {
        return !Pattern.compile("/Filter\\s*\\d+\\s+\\d+\\s+R").matcher(dictionary).find();
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * Inflates the stream at {@code start} as many times as its filter chain says, discarding the
     * output, and stops counting at {@code stopAt}. A stream that is not valid deflate data counts as
     * what it yielded before the error: the PDF library decides whether the file is damaged.
     */
    private static long inflatedSize(byte[] pdf, int start, int flates, long stopAt) {
        InputStream chain = new ByteArrayInputStream(pdf, start, pdf.length - start);
        for (int i = 0; i < flates; i++) {
            chain = new InflaterInputStream(chain);
        }
        var buffer = new byte[64 * 1024];
        long total = 0;
        try (var in = chain) {
            int read;
            while (total < stopAt && (read = in.read(buffer)) > 0) {
                total += read;
            }
        } catch (IOException e) {
            return total;
        }
        return total;
    }
}
