package dk.borgerraadgiver.statistics;

import java.awt.Color;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The Word draft's headings as real Word headings ("Heading 1", outline level 1), so the navigation
 * pane, the table of contents and a tagged PDF saved from Word all know them; and the contents as a
 * Word field that Word fills in with page numbers when the document is opened.
 */
final class WordStyles {

    static final String HEADING = "Heading1";

    private WordStyles() {
    }

    static void install(XWPFDocument document, Color colour) {
        var style = CTStyle.Factory.newInstance();
        style.setStyleId(HEADING);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal("heading 1");
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewOutlineLvl().setVal(BigInteger.ZERO);
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(280));
        var run = style.addNewRPr();
        run.addNewB();
        run.addNewSz().setVal(BigInteger.valueOf(26));
        run.addNewColor().setVal(String.format("%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue()));
        document.createStyles().addStyle(new XWPFStyle(style));
    }

    static XWPFParagraph heading(XWPFDocument document, String text) {
        var paragraph = document.createParagraph();
        paragraph.setStyle(HEADING);
        paragraph.createRun().setText(text);
        return paragraph;
    }

    /**
     * "Indhold" and a TOC field over the headings. Until Word updates it (it is told to on opening),
     * the field shows the headings without page numbers.
     */
    static void contents(XWPFDocument document, String title, List<String> headings) {
        var caption = document.createParagraph().createRun();
        caption.setText(title);
        caption.setBold(true);
        caption.setFontSize(16);
        var field = document.createParagraph();
        field.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        field.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
        field.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        var result = field.createRun();
        for (int i = 0; i < headings.size(); i++) {
            if (i > 0) {
                result.addBreak();
            }
            result.setText(headings.get(i), i);
        }
        field.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        document.enforceUpdateFields();
    }
}
