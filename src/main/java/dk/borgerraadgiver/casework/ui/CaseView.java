package dk.borgerraadgiver.casework.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.CaseRefusedException;
import dk.borgerraadgiver.casework.CaseStatus;
import dk.borgerraadgiver.casework.CategoryNode;
import dk.borgerraadgiver.casework.CitizenMessages;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.ClosingProblem;
import dk.borgerraadgiver.casework.PointClassification;
import dk.borgerraadgiver.casework.PowerOfAttorneyStatus;
import dk.borgerraadgiver.inquiry.InquiryContent;
import dk.borgerraadgiver.inquiry.InquiryStatus;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.ui.DownloadLink;
import dk.borgerraadgiver.shared.PortalTime;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * One case: what the citizen wrote, the classification point by point, forwards and answers,
 * power of attorney, secure messages, journal and timeline. Opening it is audit-logged once.
 */
@Route("backoffice/sager/:caseId")
@RolesAllowed({"ADVISOR", "ADMIN"})
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseFiles caseFiles;
    private final CitizenMessages messages;
    private final ClassificationSchemes schemes;
    private final MunicipalityDirectory municipalities;
    private final Clock clock;
    private @Nullable CaseDetails details;
    private List<CategoryNode> categories = List.of();
    private List<DepartmentNode> departments = List.of();
    private final Map<Long, CategoryNode> categoriesById = new HashMap<>();
    private final Map<Long, DepartmentNode> departmentsById = new HashMap<>();
    private @Nullable Long editingPoint;
    private boolean addingPoint;

    CaseView(CaseFiles caseFiles, CitizenMessages messages, ClassificationSchemes schemes,
             MunicipalityDirectory municipalities, Clock clock) {
        this.caseFiles = caseFiles;
        this.messages = messages;
        this.schemes = schemes;
        this.municipalities = municipalities;
        this.clock = clock;
        addClassNames("backoffice-page", "case-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("caseId");
        if (id.isEmpty()) {
            event.forwardTo(CaseInboxView.class);
            return;
        }
        try {
            details = caseFiles.open(id.get());
        } catch (CaseRefusedException | AccessDeniedException e) {
            removeAll();
            add(new H1(getTranslation("case.notFound")), new Paragraph(getTranslation("case.notFound.text")));
            details = null;
            return;
        }
        categories = schemes.categories(details.municipalityId());
        departments = municipalities.departments(details.municipalityId());
        categories.forEach(c -> categoriesById.put(c.id(), c));
        departments.forEach(d -> departmentsById.put(d.id(), d));
        render();
    }

    private void reload() {
        if (details != null) {
            details = caseFiles.refresh(details.id());
            render();
        }
    }

    private void act(Runnable change, String doneKey) {
        try {
            change.run();
            Notification.show(getTranslation(doneKey)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (CaseRefusedException e) {
            var text = new StringBuilder(getTranslation("case.refused." + e.reason()));
            e.problems().forEach(p -> text.append(' ').append(getTranslation("case.problem." + p.name())));
            Notification.show(text.toString(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void render() {
        removeAll();
        var c = details;
        if (c == null) {
            return;
        }
        var title = new H1(c.reference() + " · " + c.citizenName());
        var meta = new Div(CaseTexts.statusBadge(c.status(), getTranslation("case.status." + c.status().name())),
                new Span(c.municipalityName()), new Span(getTranslation("case.channel." + c.channel().name())),
                new Span(getTranslation("case.registeredOn", CaseTexts.date(c.registeredOn(), getLocale()))));
        if (c.importedFrom() != null) {
            meta.add(new Span(getTranslation("case.imported", c.importedFrom())));
        }
        meta.addClassName("case-meta");
        var main = new Div(inquirySection(c), classificationSection(c), forwardSection(c));
        main.addClassName("case-main");
        var side = new Div(citizenSection(c), deadlineSection(c), messageSection(c), journalSection(c), timelineSection(c));
        side.addClassName("case-side");
        var columns = new Div(main, side);
        columns.addClassName("case-columns");
        add(title, meta, closingBar(c), columns);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private Component closingBar(CaseDetails c) {
        var bar = new Div();
        bar.addClassName("closing-bar");
        if (c.status() == CaseStatus.CLOSED) {
            var reopen = new Button(getTranslation("case.reopen"), click -> act(() -> caseFiles.reopen(c.id()), "case.reopened"));
            bar.add(new Paragraph(getTranslation("case.closedText")), reopen);
            return bar;
        }
        var close = new Button(getTranslation("case.close"), click -> act(() -> caseFiles.close(c.id()), "case.closed"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.setEnabled(c.canClose());
        bar.add(close);
        if (!c.closingProblems().isEmpty()) {
            var list = new UnorderedList();
            for (ClosingProblem problem : c.closingProblems()) {
                list.add(new ListItem(getTranslation("case.problem." + problem.name())));
            }
            var missing = new Div(new Span(getTranslation("case.beforeClosing")), list);
            missing.addClassName("closing-problems");
            missing.setId("closing-problems");
            close.getElement().setAttribute("aria-describedby", "closing-problems");
            bar.add(missing);
        }
        return bar;
    }

    private Section inquirySection(CaseDetails c) {
        var section = section("case.section.inquiry");
        InquiryContent inquiry = c.inquiry();
        if (inquiry == null) {
            section.add(new Paragraph(c.summary()));
            return section;
        }
        var text = new Paragraph(inquiry.description());
        text.addClassName("citizen-text");
        section.add(text);
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
        section.add(answers);
        if (!inquiry.attachments().isEmpty()) {
            var files = new UnorderedList();
            for (InquiryStatus.AttachmentInfo file : inquiry.attachments()) {
                files.add(new ListItem(download(file.name(), file.mediaType(), file.size(),
                        () -> caseFiles.openInquiryFile(c.id(), file.id())),
                        new Span(" · " + getTranslation("attachment.kind." + file.kind().name()))));
            }
            section.add(new Paragraph(getTranslation("case.inquiry.files")), files);
        }
        return section;
    }

    private Anchor download(String name, String mediaType, long size, FileOpener opener) {
        return DownloadLink.of(name + " (" + (size / 1024 + 1) + " kB)", DownloadHandler.fromInputStream(event -> {
            try {
                return new DownloadResponse(opener.open(), name, mediaType, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    private interface FileOpener {
        java.io.InputStream open() throws IOException;
    }

    private Section classificationSection(CaseDetails c) {
        var section = section("case.section.classification");
        boolean open = c.status() != CaseStatus.CLOSED;
        var noRealWork = new Checkbox(getTranslation("case.noRealCaseWork"), c.noRealCaseWork());
        noRealWork.setHelperText(getTranslation("case.noRealCaseWork.help"));
        noRealWork.setEnabled(open);
        noRealWork.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                act(() -> caseFiles.markNoRealCaseWork(c.id(), e.getValue()), "case.saved");
            }
        });
        section.add(noRealWork);
        if (c.points().isEmpty()) {
            section.add(new Paragraph(getTranslation("case.points.none")));
        }
        var list = new UnorderedList();
        list.addClassName("point-list");
        for (var point : c.points()) {
            var item = new ListItem();
            item.addClassName("point-card");
            if (Long.valueOf(point.id()).equals(editingPoint)) {
                item.add(new PointEditor(getTranslation("point.edit"), point.classification(), false, categories, departments,
                        value -> save(c, point.id(), value), () -> { editingPoint = null; render(); }));
            } else {
                item.add(pointSummary(point));
                if (open) {
                    var edit = new Button(getTranslation("point.editButton"), click -> { editingPoint = point.id(); addingPoint = false; render(); });
                    edit.setAriaLabel(getTranslation("point.editButton") + ": " + pointTitle(point));
                    var remove = new Button(getTranslation("point.remove"), click -> act(() -> caseFiles.removePoint(c.id(), point.id()), "case.saved"));
                    remove.setAriaLabel(getTranslation("point.remove") + ": " + pointTitle(point));
                    remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                    var actions = new Div(edit, remove);
                    actions.addClassName("row-actions");
                    item.add(actions);
                }
            }
            list.add(item);
        }
        section.add(list);
        if (open) {
            if (addingPoint) {
                section.add(new PointEditor(getTranslation(c.points().isEmpty() ? "point.addMain" : "point.addFollowUp"), null,
                        c.points().isEmpty(), categories, departments, value -> save(c, null, value), () -> { addingPoint = false; render(); }));
            } else {
                var add = new Button(getTranslation(c.points().isEmpty() ? "point.addMain" : "point.addFollowUp"),
                        click -> { addingPoint = true; editingPoint = null; render(); });
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("add-point");
                section.add(add);
            }
        }
        return section;
    }

    private void save(CaseDetails c, @Nullable Long pointId, PointClassification value) {
        try {
            caseFiles.classify(c.id(), pointId, value);
            addingPoint = false;
            editingPoint = null;
            Notification.show(getTranslation("point.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (CaseRefusedException e) {
            Notification.show(getTranslation("case.refused." + e.reason())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String pointTitle(CaseDetails.Point point) {
        var p = point.classification();
        return getTranslation(p.main() ? "point.mainLabel" : "point.followUpLabel") + " · " + getTranslation("case.kind." + p.kind().name());
    }

    private Component pointSummary(CaseDetails.Point point) {
        var p = point.classification();
        var heading = new Span(pointTitle(point));
        heading.addClassName("point-title");
        var facts = new DescriptionList();
        facts.addClassName("point-facts");
        if (p.cannotHandleReason() != null) {
            term(facts, "point.reason", getTranslation("case.reason." + p.cannotHandleReason().name()));
        }
        term(facts, "point.category", p.categoryId() == null ? "–" : PointEditor.label(categoriesById, p.categoryId()));
        term(facts, "point.department", p.departmentId() == null ? "–" : PointEditor.departmentLabel(departmentsById, p.departmentId()));
        if (p.handling() != null) {
            term(facts, "point.handling", getTranslation("case.handling." + p.handling().name()));
        }
        if (p.statementOn() != null) {
            term(facts, "point.statementOn", CaseTexts.date(p.statementOn(), getLocale()));
            term(facts, "point.criticism", p.criticismLevel() == null ? getTranslation("point.noCriticism")
                    : getTranslation("case.criticism." + p.criticismLevel().name()));
            if (p.recommendationsFollowed() != null) {
                term(facts, "point.followed", getTranslation(p.recommendationsFollowed() ? "inquiry.answer.YES" : "inquiry.answer.NO"));
            }
        }
        if (point.origin() != dk.borgerraadgiver.casework.PointOrigin.REGISTERED) {
            term(facts, "point.origin", getTranslation("point.origin." + point.origin().name()));
        }
        return new Div(heading, facts);
    }

    private Section forwardSection(CaseDetails c) {
        var section = section("case.section.forwards");
        boolean open = c.status() != CaseStatus.CLOSED;
        var today = PortalTime.today(clock);
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
                    var answeredOn = new DatePicker(getTranslation("forward.answeredOn"), today);
                    answeredOn.setLocale(getLocale());
                    var copy = new Checkbox(getTranslation("forward.copy"), true);
                    var register = new Button(getTranslation("forward.registerAnswer"), click -> act(() ->
                            caseFiles.registerAnswer(c.id(), forward.id(), answeredOn.getValue(), copy.getValue()), "forward.answerSaved"));
                    var newDeadline = new DatePicker(getTranslation("forward.newDeadline"), today.plusDays(7));
                    newDeadline.setLocale(getLocale());
                    var remind = new Button(getTranslation("forward.remind"), click -> act(() ->
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
            section.add(new Paragraph(getTranslation("forward.none")));
        } else {
            section.add(list);
        }
        if (open) {
            var department = new Select<Long>();
            department.setLabel(getTranslation("forward.department"));
            department.setItems(departments.stream().filter(DepartmentNode::active).map(DepartmentNode::id).toList());
            department.setItemLabelGenerator(id -> PointEditor.departmentLabel(departmentsById, id));
            c.points().stream().filter(p -> p.classification().main() && p.classification().departmentId() != null)
                    .findFirst().ifPresent(p -> department.setValue(p.classification().departmentId()));
            var forwardedOn = new DatePicker(getTranslation("forward.forwardedOn"), today);
            forwardedOn.setLocale(getLocale());
            var deadline = new DatePicker(getTranslation("forward.deadline"), today.plusDays(14));
            deadline.setLocale(getLocale());
            var send = new Button(getTranslation("forward.send"), click -> {
                if (department.getValue() == null) {
                    department.setErrorMessage(getTranslation("forward.error.department"));
                    department.setInvalid(true);
                    return;
                }
                act(() -> caseFiles.forward(c.id(), department.getValue(), forwardedOn.getValue(), deadline.getValue()), "forward.saved");
            });
            var row = new Div(department, forwardedOn, deadline, send);
            row.addClassName("inline-form");
            section.add(new Paragraph(getTranslation("forward.help")), row);
        }
        return section;
    }

    private Section citizenSection(CaseDetails c) {
        var section = section("case.section.citizen");
        var facts = new DescriptionList();
        facts.addClassName("summary-list");
        term(facts, "case.citizen.name", c.citizenName());
        if (c.citizenPhone() != null) {
            term(facts, "case.citizen.phone", c.citizenPhone());
        }
        if (c.citizenEmail() != null) {
            term(facts, "case.citizen.email", c.citizenEmail());
        }
        term(facts, "case.citizen.key", c.citizenKey());
        var poa = getTranslation("case.poa." + c.poaStatus().name());
        if (c.poaStatus() == PowerOfAttorneyStatus.VERIFIED && c.poaVerifiedBy() != null && c.poaVerifiedAt() != null) {
            poa = getTranslation("case.poa.verifiedBy", c.poaVerifiedBy(), CaseTexts.dateTime(c.poaVerifiedAt(), getLocale()));
        }
        term(facts, "case.poa", poa);
        section.add(facts);
        var actions = new Div();
        actions.addClassName("row-actions");
        if (c.poaStatus() == PowerOfAttorneyStatus.RECEIVED) {
            actions.add(new Button(getTranslation("case.poa.verify"), click -> act(() -> caseFiles.verifyPowerOfAttorney(c.id()), "case.saved")));
        }
        if ((c.poaStatus() == PowerOfAttorneyStatus.MISSING || c.poaStatus() == PowerOfAttorneyStatus.NOT_NEEDED)
                && c.citizenEmail() != null && c.status() != CaseStatus.CLOSED) {
            actions.add(new Button(getTranslation("case.poa.request"), click -> act(() -> messages.requestPowerOfAttorney(c.id()), "case.poa.requested")));
        }
        section.add(actions);
        return section;
    }

    private Section deadlineSection(CaseDetails c) {
        var section = section("case.section.deadline");
        var deadline = new DatePicker(getTranslation("case.deadline"), c.deadline());
        deadline.setLocale(getLocale());
        deadline.setClearButtonVisible(true);
        deadline.setEnabled(c.status() != CaseStatus.CLOSED);
        var save = new Button(getTranslation("case.deadline.save"), click -> act(() -> caseFiles.setDeadline(c.id(), deadline.getValue()), "case.saved"));
        save.setEnabled(c.status() != CaseStatus.CLOSED);
        var row = new Div(deadline, save);
        row.addClassName("inline-form");
        section.add(row);
        return section;
    }

    private Section messageSection(CaseDetails c) {
        var section = section("case.section.messages");
        section.add(new Paragraph(getTranslation("case.messages.help")));
        var thread = new UnorderedList();
        thread.addClassName("message-thread");
        for (var message : c.messages()) {
            var item = new ListItem();
            item.addClassNames("message", message.fromCitizen() ? "message--citizen" : "message--advisor");
            var head = new Span(message.author() + " · " + CaseTexts.dateTime(message.sentAt(), getLocale())
                    + (message.fromCitizen() || message.readAt() == null ? "" : " · " + getTranslation("case.messages.read")));
            head.addClassName("message-head");
            var body = new Paragraph(message.body());
            body.addClassName("message-body");
            item.add(head, body);
            for (var file : message.files()) {
                item.add(new Div(download(file.name(), file.mediaType(), file.size(), () -> caseFiles.openMessageFile(c.id(), file.id()))));
            }
            thread.add(item);
        }
        if (!c.messages().isEmpty()) {
            section.add(thread);
        }
        if (c.citizenEmail() == null) {
            section.add(new Paragraph(getTranslation("case.messages.noEmail")));
            return section;
        }
        var text = new TextArea(getTranslation("case.messages.new"));
        text.setMaxLength(CitizenMessages.MAX_MESSAGE);
        text.setWidthFull();
        var send = new Button(getTranslation("case.messages.send"), click -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("case.messages.empty"));
                text.setInvalid(true);
                return;
            }
            act(() -> messages.send(c.id(), text.getValue()), "case.messages.sent");
        });
        section.add(text, send);
        return section;
    }

    private Section journalSection(CaseDetails c) {
        var section = section("case.section.journal");
        var text = new TextArea(getTranslation("case.journal.new"));
        text.setMaxLength(5000);
        text.setWidthFull();
        var add = new Button(getTranslation("case.journal.add"), click -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("case.journal.empty"));
                text.setInvalid(true);
                return;
            }
            act(() -> caseFiles.addNote(c.id(), text.getValue()), "case.journal.added");
        });
        section.add(text, add);
        var list = new UnorderedList();
        list.addClassName("journal-list");
        for (var note : c.journal()) {
            var body = new Paragraph(note.text());
            body.addClassName("message-body");
            list.add(new ListItem(new Span(note.author() + " · " + CaseTexts.dateTime(note.at(), getLocale())), body));
        }
        section.add(list);
        return section;
    }

    private Section timelineSection(CaseDetails c) {
        var section = section("case.section.timeline");
        var list = new UnorderedList();
        list.addClassName("timeline");
        for (var entry : c.timeline()) {
            list.add(new ListItem(CaseTexts.dateTime(entry.at(), getLocale()) + " · " + entry.actor() + " · "
                    + getTranslation("case.event." + entry.type().name())));
        }
        section.add(list);
        return section;
    }

    private Section section(String headingKey) {
        var heading = new H2(getTranslation(headingKey));
        var section = new Section(heading);
        section.addClassName("case-section");
        return section;
    }

    private void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    @Override
    public String getPageTitle() {
        return (details == null ? getTranslation("case.notFound") : details.reference()) + " – " + getTranslation("backoffice.title");
    }
}
