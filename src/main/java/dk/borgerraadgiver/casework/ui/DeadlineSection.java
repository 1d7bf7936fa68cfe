package dk.borgerraadgiver.casework.ui;

import dk.borgerraadgiver.shared.ui.PortalDatePicker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.CaseStatus;

/** The advisor's own deadline for the case. */
class DeadlineSection extends CaseSection {

    DeadlineSection(CaseDetails c, CaseFiles caseFiles, CasePage page) {
        super("case.section.deadline");
        var deadline = new PortalDatePicker(getTranslation("case.deadline"), c.deadline());
        deadline.setLocale(getLocale());
        deadline.setClearButtonVisible(true);
        deadline.setEnabled(c.status() != CaseStatus.CLOSED);
        var save = new Button(getTranslation("case.deadline.save"), click -> page.act(() -> caseFiles.setDeadline(c.id(), deadline.getValue()), "case.saved"));
        save.setEnabled(c.status() != CaseStatus.CLOSED);
        var row = new Div(deadline, save);
        row.addClassName("inline-form");
        add(row);
    }
}
