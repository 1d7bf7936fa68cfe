package dk.borgerraadgiver.inquiry.internal;

import java.util.ArrayDeque;
import java.util.Set;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * Finds what makes a PDF more than a document: scripts, actions that start programs, and files
 * inside the file. Staff open citizens' PDFs on their work machines, so such a PDF is refused, not
 * cleaned (docs/decisions/010-upload-limits-and-pdf-active-content.md says why).
 */
final class PdfActiveContent {

    private static final PdfName JS = new PdfName("JS");
    private static final PdfName S = new PdfName("S");
    private static final PdfName TYPE = new PdfName("Type");
    private static final PdfName SUBTYPE = new PdfName("Subtype");
    private static final PdfName XFA = new PdfName("XFA");
    private static final Set<PdfName> SCRIPT_ACTIONS = Set.of(new PdfName("JavaScript"), new PdfName("Rendition"));
    private static final Set<PdfName> PROGRAM_ACTIONS = Set.of(new PdfName("Launch"), new PdfName("ImportData"),
            new PdfName("GoToE"));
    private static final PdfName EMBEDDED_FILE = new PdfName("EmbeddedFile");
    private static final Set<PdfName> FILE_SUBTYPES = Set.of(new PdfName("FileAttachment"), new PdfName("RichMedia"),
            new PdfName("Movie"), new PdfName("Sound"), new PdfName("Screen"), new PdfName("3D"));
    private static final PdfName EMBEDDED_FILES = new PdfName("EmbeddedFiles");
    private static final PdfName EMBEDDED_FILE_ENTRY = new PdfName("EF");
    private static final int MAX_DEPTH = 64;

    private PdfActiveContent() {
    }

    /** What the PDF carries that must not reach staff, or {@code null} when it is a plain document. */
    static String find(PdfReader reader) {
        for (int number = 1; number < reader.getXrefSize(); number++) {
            var found = inside(reader.getPdfObject(number));
            if (found != null) {
                return found;
            }
        }
        return inside(reader.getTrailer());
    }

    private static String inside(PdfObject object) {
        var pending = new ArrayDeque<PdfObject>();
        var depths = new ArrayDeque<Integer>();
        if (object != null) {
            pending.push(object);
            depths.push(0);
        }
        while (!pending.isEmpty()) {
            var next = pending.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                continue;
            }
            if (next instanceof PdfDictionary dictionary) {
                var found = verdict(dictionary);
                if (found != null) {
                    return found;
                }
                for (var key : dictionary.getKeys()) {
                    var value = dictionary.get(key);
                    if (value != null && !value.isIndirect()) {
                        pending.push(value);
                        depths.push(depth + 1);
                    }
                }
            } else if (next instanceof PdfArray array) {
                for (var element : array.getElements()) {
                    if (element != null && !element.isIndirect()) {
                        pending.push(element);
                        depths.push(depth + 1);
                    }
                }
            }
        }
        return null;
    }

    private static boolean isIn(PdfDictionary dictionary, PdfName key, Set<PdfName> names) {
        return dictionary.get(key) instanceof PdfName name && names.contains(name);
    }

    private static String verdict(PdfDictionary dictionary) {
        if (dictionary.contains(JS) || isIn(dictionary, S, SCRIPT_ACTIONS) || dictionary.contains(XFA)) {
            return "script";
        }
        if (isIn(dictionary, S, PROGRAM_ACTIONS)) {
            return "launch action";
        }
        if (dictionary.contains(EMBEDDED_FILES) || dictionary.contains(EMBEDDED_FILE_ENTRY)
                || EMBEDDED_FILE.equals(dictionary.get(TYPE)) || isIn(dictionary, SUBTYPE, FILE_SUBTYPES)) {
            return "embedded file";
        }
        return null;
    }
}
