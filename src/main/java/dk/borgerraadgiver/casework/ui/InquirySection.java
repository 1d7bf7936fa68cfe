package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.CaseReader;
import dk.borgerraadgiver.inquiry.InquiryContent;
import dk.borgerraadgiver.inquiry.InquiryStatus;
import dk.borgerraadgiver.organisation.DepartmentNode;
import java.util.Map;

/** What the citizen wrote and answered in the portal, with the files they sent (downloads are audit-logged). */
class InquirySection extends CaseSection {

    InquirySection(CaseDetails c, Map<Long, DepartmentNode> departmentsById, CaseReader caseReader) {
        super("case.section.inquiry");
        InquiryContent inquiry = c.inquiry();
        if (inquiry == null) {
            add(new Paragraph(c.summary()));
            return;
        }
        var text = new Paragraph(inquiry.description());
        text.addClassName("citizen-text");
        add(text);
        var answers = new DescriptionList();
        answers.addClassName("summary-list");
        if (inquiry.desiredOutcome() != null) {
            term(answers, "case.inquiry.outcome", inquiry.desiredOutcome());
        }
        term(answers, "case.inquiry.need", getTranslation("inquiry.need." + inquiry.need().name()));
        if (inquiry.departmentId() != null && departmentsById.containsKey(inquiry.departmentId())) {
            term(answers, "case.inquiry.department", PointEditor.departmentLabel(departmentsById, inquiry.departmentId()));
        }
        term(answers, "case.inquiry.contacted", getTranslation("inquiry.answer." + inquiry.screening().departmentContacted().name()));
        if (inquiry.screening().happenedOn() != null) {
            term(answers, "case.inquiry.happenedOn", CaseTexts.date(inquiry.screening().happenedOn(), getLocale()));
        }
        term(answers, "case.inquiry.representation", getTranslation("case.representation." + inquiry.representation().name())
                + (inquiry.subjectName() == null ? "" : " (" + inquiry.subjectName() + ")"));
        term(answers, "case.inquiry.preferred", getTranslation("inquiry.contact.preferred." + inquiry.preferredContact().name()));
        add(answers);
        if (!inquiry.attachments().isEmpty()) {
            var files = new UnorderedList();
            for (InquiryStatus.AttachmentInfo file : inquiry.attachments()) {
                files.add(new ListItem(download(file.name(), file.mediaType(), file.size(),
                        () -> caseReader.openInquiryFile(c.id(), file.id())),
                        new Span(" · " + getTranslation("attachment.kind." + file.kind().name()))));
            }
            add(new Paragraph(getTranslation("case.inquiry.files")), files);
        }
    }
}
