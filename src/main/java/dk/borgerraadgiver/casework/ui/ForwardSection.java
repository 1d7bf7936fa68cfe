package dk.borgerraadgiver.casework.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import dk.borgerraadgiver.shared.ui.PortalDatePicker;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.CaseStatus;
import dk.borgerraadgiver.organisation.DepartmentNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Forwards to departments (dialogprincippet): answers, reminders that become follow-up points, and a new forward. */
class ForwardSection extends CaseSection {

    ForwardSection(CaseDetails c, List<DepartmentNode> departments, Map<Long, DepartmentNode> departmentsById, LocalDate today, CaseFiles caseFiles, CasePage page) {
        super("case.section.forwards");
        boolean open = c.status() != CaseStatus.CLOSED;
        var list = new UnorderedList();
        list.addClassName("forward-list");
        for (var forward : c.forwards()) {
            var item = new ListItem();
            item.addClassName("forward-card");
            var line = new Span(getTranslation("forward.line", forward.departmentName(),
                    CaseTexts.date(forward.forwardedOn(), getLocale()), CaseTexts.date(forward.answerDeadline(), getLocale())));
            item.add(line);
            if (forward.reminders() > 0) {
                item.add(new Span(" · " + getTranslation("forward.reminders", forward.reminders())));
            }
            if (forward.answeredOn() != null) {
                item.add(new Paragraph(getTranslation("forward.answered", CaseTexts.date(forward.answeredOn(), getLocale()))
                        + (forward.copyReceived() ? " · " + getTranslation("forward.copyReceived") : "")));
            } else {
                if (forward.overdue()) {
                    var late = new Span(getTranslation("cases.overdue"));
                    late.addClassName("overdue-badge");
                    item.add(late);
                }
                if (open) {
                    var answeredOn = new PortalDatePicker(getTranslation("forward.answeredOn"), today);
                    answeredOn.setLocale(getLocale());
                    var copy = new Checkbox(getTranslation("forward.copy"), true);
                    var register = new Button(getTranslation("forward.registerAnswer"), click -> page.act(() ->
                            caseFiles.registerAnswer(c.id(), forward.id(), answeredOn.getValue(), copy.getValue()), "forward.answerSaved"));
                    var newDeadline = new PortalDatePicker(getTranslation("forward.newDeadline"), today.plusDays(7));
                    newDeadline.setLocale(getLocale());
                    var remind = new Button(getTranslation("forward.remind"), click -> page.act(() ->
                            caseFiles.remind(c.id(), forward.id(), newDeadline.getValue()), "forward.reminded"));
                    remind.setTooltipText(getTranslation("forward.remind.help"));
                    var answerRow = new Div(answeredOn, copy, register);
                    answerRow.addClassName("inline-form");
                    var remindRow = new Div(newDeadline, remind);
                    remindRow.addClassName("inline-form");
                    item.add(answerRow, remindRow);
                }
            }
            list.add(item);
        }
        if (c.forwards().isEmpty()) {
            add(new Paragraph(getTranslation("forward.none")));
        } else {
            add(list);
        }
        if (open) {
            var department = new PortalSelect<Long>();
            department.setLabel(getTranslation("forward.department"));
            department.setItems(departments.stream().filter(DepartmentNode::active).map(DepartmentNode::id).toList());
            department.setItemLabelGenerator(id -> PointEditor.departmentLabel(departmentsById, id));
            c.points().stream().filter(p -> p.classification().main() && p.classification().departmentId() != null)
                    .findFirst().ifPresent(p -> department.setValue(p.classification().departmentId()));
            var forwardedOn = new PortalDatePicker(getTranslation("forward.forwardedOn"), today);
            forwardedOn.setLocale(getLocale());
            var deadline = new PortalDatePicker(getTranslation("forward.deadline"), today.plusDays(14));
            deadline.setLocale(getLocale());
            var send = new Button(getTranslation("forward.send"), click -> {
                if (department.getValue() == null) {
                    department.setErrorMessage(getTranslation("forward.error.department"));
                    department.setInvalid(true);
                    return;
                }
                page.act(() -> caseFiles.forward(c.id(), department.getValue(), forwardedOn.getValue(), deadline.getValue()), "forward.saved");
            });
            var row = new Div(department, forwardedOn, deadline, send);
            row.addClassName("inline-form");
            add(new Paragraph(getTranslation("forward.help")), row);
        }
    }
}
