package dk.borgerraadgiver.inquiry.ui;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.AttachmentStaging;
import dk.borgerraadgiver.inquiry.InquiryDocuments;
import dk.borgerraadgiver.inquiry.InquiryIntake;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquiryReceipt;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.InvalidSubmissionException;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import dk.borgerraadgiver.security.CitizenSignInPanel;
import dk.borgerraadgiver.shared.ui.PrivacyNotice;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import dk.borgerraadgiver.shared.ui.ContactDetailsForm;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import dk.borgerraadgiver.shared.ui.QuestionFlow;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.ui.CharacterCount;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The citizen's inquiry or complaint, one question per page: what they need, whether the advisor can
 * take it (guidance, never a block), whom it is about, what happened, how to reach them, check your
 * answers, receipt. Answers and uploads are kept when going back and forth.
 */
@Route(value = ":" + CitizenLayout.MUNICIPALITY_PARAMETER + "/henvendelse", layout = CitizenLayout.class)
@AnonymousAllowed
class InquiryFlowView extends QuestionFlow implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(InquiryFlowView.class);
    private static final int STEPS = 6;

    private final MunicipalityDirectory municipalities;
    private final InquiryIntake intake;
    private final AttachmentStaging staging;
    private final InquiryDocuments documents;
    private final Clock clock;
    private @Nullable MunicipalityProfile municipality;
    private List<DepartmentNode> departments = List.of();
    
    private final InquiryAnswers answers = new InquiryAnswers();

    InquiryFlowView(MunicipalityDirectory municipalities, InquiryIntake intake, AttachmentStaging staging,
                    InquiryDocuments documents, Clock clock) {
        this.municipalities = municipalities;
        this.intake = intake;
        this.staging = staging;
        this.documents = documents;
        this.clock = clock;
        addClassName("inquiry-flow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get(CitizenLayout.MUNICIPALITY_PARAMETER).orElse("");
        municipality = municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (municipality.paused()) {
            event.forwardTo(slug);
            return;
        }
        departments = municipalities.departments(municipality.id()).stream().filter(DepartmentNode::active).toList();
        answers.contact.setPageLanguage(getLocale());
        showNeed();
    }

    // ------------------------------------------------------------------ 1 what do you need

    private void showNeed() {
        var page = page(1, STEPS, "inquiry.need.title");
        var errors = new ErrorSummary();
        var intro = new Paragraph(getTranslation("inquiry.need.intro"));
        var choice = new RadioButtonGroup<InquiryNeed>(getTranslation("inquiry.need.label"));
        choice.setId("need");
        choice.setItems(InquiryNeed.values());
        choice.setItemLabelGenerator(item -> getTranslation("inquiry.need." + item.name()));
        choice.setValue(answers.need);
        var department = new DepartmentChoice(departments, answers.departmentId);
        var next = primary("form.continue", () -> {
            errors.clear();
            if (choice.getValue() == null) {
                invalid(choice, "inquiry.need.required", errors);
                errors.show();
                return;
            }
            answers.need = choice.getValue();
            answers.departmentId = department.departmentId();
            continueTo(this::showScreening, this::showCheck);
        });
        page.add(new CitizenSignInPanel("/" + municipality().slug() + "/henvendelse"), errors, intro, choice, department,
                actions(next, null));
    }

    // ------------------------------------------------------------------ 2 can the advisor take it

    private void showScreening() {
        var page = page(2, STEPS, "inquiry.screening.title");
        var questions = new ScreeningQuestions(answers, municipality().complaintAgeLimitMonths(), PortalTime.today(clock));
        var errors = new ErrorSummary();
        var next = primary("form.continue", () -> {
            questions.keepAnswers();
            if (!questions.check(errors)) {
                errors.show();
                return;
            }
            continueTo(this::showWho, this::showCheck);
        });
        page.add(errors, questions, actions(next, this::showNeed));
    }

    // ------------------------------------------------------------------ 3 who is it about

    private void showWho() {
        var page = page(3, STEPS, "inquiry.who.title");
        var errors = new ErrorSummary();
        var choice = new RadioButtonGroup<Representation>(getTranslation("inquiry.who.label"));
        choice.setId("representation");
        choice.setItems(Representation.values());
        choice.setItemLabelGenerator(r -> getTranslation("inquiry.representation." + r.name()));
        choice.setValue(answers.representation);
        var subject = new TextField(getTranslation("inquiry.who.subjectName"));
        subject.setId("subject-name");
        subject.setMaxLength(120);
        subject.setValue(answers.subjectName);
        var custody = new Checkbox(getTranslation("inquiry.who.custody"), answers.custodyConfirmed);
        var agentName = new TextField(getTranslation("inquiry.who.yourName"));
        agentName.setId("agent-name");
        agentName.setValue(answers.contact.name());
        var poaInfo = new PowerOfAttorneyForm(documents, municipality().name(), answers.subjectName, answers.contact.name());
        var poaUpload = new UploadArea(getTranslation("inquiry.who.poaUpload"), getTranslation("upload.hint"), staging,
                AttachmentKind.POWER_OF_ATTORNEY, () -> answers.files, answers.files::add, answers.files::remove);
        var guardianUpload = new UploadArea(getTranslation("inquiry.who.guardianUpload"), getTranslation("upload.hint"), staging,
                AttachmentKind.GUARDIAN_APPOINTMENT, () -> answers.files, answers.files::add, answers.files::remove);
        Runnable refresh = () -> {
            var chosen = choice.getValue() == null ? Representation.SELF : choice.getValue();
            subject.setVisible(chosen != Representation.SELF);
            custody.setVisible(chosen == Representation.PARENT);
            agentName.setVisible(chosen == Representation.POWER_OF_ATTORNEY);
            poaInfo.setVisible(chosen == Representation.POWER_OF_ATTORNEY);
            poaUpload.setVisible(chosen == Representation.POWER_OF_ATTORNEY);
            guardianUpload.setVisible(chosen == Representation.GUARDIAN);
        };
        choice.addValueChangeListener(change -> refresh.run());
        subject.addValueChangeListener(change -> poaInfo.setGrantor(change.getValue()));
        agentName.addValueChangeListener(change -> poaInfo.setAgent(change.getValue()));
        refresh.run();
        var next = primary("form.continue", () -> {
            errors.clear();
            answers.representation = choice.getValue() == null ? Representation.SELF : choice.getValue();
            answers.subjectName = subject.getValue().strip();
            answers.custodyConfirmed = custody.getValue();
            if (!agentName.getValue().isBlank()) {
                answers.contact.setName(agentName.getValue());
            }
            if (answers.representation != Representation.SELF && answers.subjectName.isEmpty()) {
                invalid(subject, "inquiry.who.subjectRequired", errors);
            }
            if (answers.representation == Representation.PARENT && !answers.custodyConfirmed) {
                errors.add(getTranslation("inquiry.who.custodyRequired"), custody);
            }
            if (errors.hasProblems()) {
                errors.show();
                return;
            }
            continueTo(this::showWhat, this::showCheck);
        });
        page.add(errors, choice, subject, custody, agentName, poaInfo, poaUpload, guardianUpload, actions(next, this::showScreening));
    }

    // ------------------------------------------------------------------ 4 what happened

    private void showWhat() {
        var page = page(4, STEPS, "inquiry.what.title");
        var errors = new ErrorSummary();
        var warning = new Paragraph(getTranslation("inquiry.what.warning"));
        warning.addClassName("notice");
        var text = new TextArea(getTranslation("inquiry.what.description"));
        text.setId("description");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValue(answers.description);
        CharacterCount.limit(text, InquirySubmission.MAX_DESCRIPTION);
        text.addClassName("long-text");
        var outcome = new TextArea(getTranslation("inquiry.what.outcome") + " " + getTranslation("form.optional"));
        outcome.setId("outcome");
        outcome.setMaxLength(InquirySubmission.MAX_OUTCOME);
        outcome.setValue(answers.desiredOutcome);
        var upload = new UploadArea(getTranslation("inquiry.what.attachments") + " " + getTranslation("form.optional"),
                getTranslation("upload.hint"), staging, AttachmentKind.EVIDENCE, () -> answers.files, answers.files::add, answers.files::remove);
        var next = primary("form.continue", () -> {
            errors.clear();
            answers.description = text.getValue().strip();
            answers.desiredOutcome = outcome.getValue().strip();
            if (answers.description.isEmpty()) {
                invalid(text, "inquiry.what.required", errors);
                errors.show();
                return;
            }
            continueTo(this::showContact, this::showCheck);
        });
        page.add(errors, warning, text, outcome, upload, actions(next, this::showWho));
    }

    // ------------------------------------------------------------------ 5 how do we reach you

    private void showContact() {
        var page = page(5, STEPS, "inquiry.contact.title");
        var errors = new ErrorSummary();
        var form = new ContactDetailsForm(answers.contact, "inquiry.contact.emailHint");
        CitizenSignInPanel.prefill(form);
        var preferred = new RadioButtonGroup<PreferredContact>(getTranslation("inquiry.contact.preferred"));
        preferred.setItems(PreferredContact.values());
        preferred.setItemLabelGenerator(p -> getTranslation("inquiry.contact.preferred." + p.name()));
        if (answers.preferredContact != null) {
            preferred.setValue(answers.preferredContact);
        }
        var voicemail = new Checkbox(getTranslation("inquiry.contact.voicemail"), answers.voicemailOk);
        var trap = new TextField(getTranslation("inquiry.contact.trap"));
        trap.setId("website");
        var trapBox = new Div(trap);
        trapBox.addClassName("visually-absent");
        var privacy = PrivacyNotice.forInquiry(municipality().name(), municipalities.retention(municipality().id()).caseYears());
        var next = primary("form.continue", () -> {
            errors.clear();
            answers.voicemailOk = voicemail.getValue();
            if (!form.writeTo(answers.contact, errors)) {
                errors.show();
                return;
            }
            // Nothing is chosen for her; with only one way to reach her, that is the way.
            answers.preferredContact = preferred.getValue() != null ? preferred.getValue()
                    : answers.contact.phone().isEmpty() ? PreferredContact.MAIL
                    : answers.contact.email().isEmpty() ? PreferredContact.PHONE : null;
            if (answers.preferredContact == null) {
                invalid(preferred, "inquiry.contact.preferred.required", errors);
                errors.show();
                return;
            }
            trapped = !trap.getValue().isBlank();
            showCheck();
        });
        page.add(errors, form, preferred, voicemail, trapBox, privacy, actions(next, this::showWhat));
    }

    private boolean trapped;

    // ------------------------------------------------------------------ 6 check your answers

    private void showCheck() {
        var page = page(6, STEPS, "booking.check.title");
        checkReached();
        var errors = new ErrorSummary();
        var list = new DescriptionList();
        list.addClassName("summary-list");
        var texts = new InquiryCheckTexts(this, getLocale(), answers);
        addRow(list, "inquiry.check.need", texts.need(), this::showNeed);
        addRow(list, "inquiry.check.department", texts.department(departments), this::showNeed);
        addRow(list, "inquiry.check.contacted", texts.contacted(), this::showScreening);
        addRow(list, "inquiry.check.when", texts.happenedOn(), this::showScreening);
        addRow(list, "inquiry.check.concerns", texts.concerns(), this::showScreening);
        addRow(list, "inquiry.check.who", texts.who(), this::showWho);
        addRow(list, "inquiry.check.description", texts.description(), this::showWhat);
        addRow(list, "inquiry.check.outcome", texts.desiredOutcome(), this::showWhat);
        addRow(list, "inquiry.check.files", texts.files(), this::showWhat);
        addRow(list, "booking.check.name", answers.contact.name(), this::showContact);
        addRow(list, "booking.check.contact", texts.contact(), this::showContact);
        addRow(list, "inquiry.check.preferred", texts.preferredContact(), this::showContact);
        addRow(list, "booking.check.language", ContactDetailsForm.languageText(this, answers.contact), this::showContact);
        page.add(errors, list, new Paragraph(getTranslation("inquiry.check.declaration")));
        var send = primary("inquiry.check.send", () -> submit(errors));
        page.add(actions(send, this::showContact));
    }

    private void submit(ErrorSummary errors) {
        errors.clear();
        String client = ClientAddress.current();
        if (trapped) {
            // Only software fills the hidden field; nothing is stored, and the answer says so.
            errors.add(getTranslation("inquiry.error.notSent", municipality().contactPhone()), this);
            errors.show();
            return;
        }
        try {
            var receipt = intake.submit(answers.submission(municipality().slug()), client);
            boolean powerOfAttorneyMissing = answers.powerOfAttorneyStillMissing();
            answers.files.clear();
            showReceipt(receipt, powerOfAttorneyMissing);
        } catch (InvalidSubmissionException e) {
            errors.add(getTranslation("inquiry.error." + e.field()), this);
            errors.show();
        } catch (RuntimeException e) {
            log.error("Inquiry for municipality {} not stored", municipality().code(), e);
            errors.add(getTranslation("inquiry.error.notSent", municipality().contactPhone()), this);
            errors.show();
        }
    }

    // ------------------------------------------------------------------ receipt

    private void showReceipt(InquiryReceipt receipt, boolean powerOfAttorneyMissing) {
        startPage(getTranslation("inquiry.done.title"));
        add(new InquiryReceiptPanel(getPageHeading(), receipt, answers.contact.email(), powerOfAttorneyMissing, documents));
    }

    // ------------------------------------------------------------------ helpers

    private void invalid(Component field, String key, ErrorSummary errors) {
        if (field instanceof HasValidation validation) {
            validation.setInvalid(true);
            validation.setErrorMessage(getTranslation(key));
        }
        errors.add(getTranslation(key), field);
    }

    private MunicipalityProfile municipality() {
        return Objects.requireNonNull(municipality);
    }

    @Override
    protected String firstTitleKey() {
        return "inquiry.need.title";
    }
}
