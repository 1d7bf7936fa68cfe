package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.CaseFiles;

/**
 * Whether the case keeps its personal data: erased (with the date), on legal hold (with the reason and
 * a way to lift it), or neither, with a way to put it on hold.
 */
class RetentionSection extends CaseSection {

    RetentionSection(CaseDetails c, CaseFiles caseFiles, CasePage page) {
        super("case.section.retention");
        if (c.erasedAt() != null) {
            add(new Paragraph(getTranslation("case.retention.erased", CaseTexts.dateTime(c.erasedAt(), getLocale()))));
            return;
        }
        if (c.legalHoldReason() != null) {
            add(new Paragraph(getTranslation("case.retention.onHold", c.legalHoldReason())),
                    new Button(getTranslation("case.retention.release"), click -> page.act(() -> caseFiles.releaseHold(c.id()), "case.saved")));
            return;
        }
        add(new Paragraph(getTranslation("case.retention.normal")));
        var reason = new TextField(getTranslation("case.retention.reason"));
        reason.setHelperText(getTranslation("case.retention.reason.help"));
        reason.setMaxLength(300);
        reason.setWidthFull();
        var hold = new Button(getTranslation("case.retention.hold"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("case.retention.reason.empty"));
                reason.setInvalid(true);
                return;
            }
            page.act(() -> caseFiles.holdFromErasure(c.id(), reason.getValue()), "case.saved");
        });
        var row = new Div(reason, hold);
        row.addClassName("inline-form");
        add(row);
    }
}
