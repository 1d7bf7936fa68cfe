package dk.borgerraadgiver.inquiry.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.inquiry.Answer;
import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.AttachmentStaging;
import dk.borgerraadgiver.inquiry.InquiryDocuments;
import dk.borgerraadgiver.inquiry.InquiryIntake;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquiryProperties;
import dk.borgerraadgiver.inquiry.InquiryReceipt;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.InvalidSubmissionException;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.Screening;
import dk.borgerraadgiver.inquiry.StagedFile;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.PhoneNumber;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import dk.borgerraadgiver.shared.ui.QuestionFlow;
import dk.borgerraadgiver.shared.ui.DownloadLink;
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
    private static final long UNKNOWN_DEPARTMENT = -1L;

    private final MunicipalityDirectory municipalities;
    private final InquiryIntake intake;
    private final AttachmentStaging staging;
    private final InquiryDocuments documents;
    private final Clock clock;
    private @Nullable MunicipalityProfile municipality;
    private List<DepartmentNode> departments = List.of();
    
    // The answers so far
    private @Nullable InquiryNeed need;
    private @Nullable Long departmentId;
    private Answer departmentContacted = Answer.YES;
    private boolean forwardConsent;
    private @Nullable LocalDate happenedOn;
    private Set<String> concerns = Set.of();
    private Representation representation = Representation.SELF;
    private String subjectName = "";
    private boolean custodyConfirmed;
    private String description = "";
    private String desiredOutcome = "";
    private String name = "";
    private String email = "";
    private String phone = "";
    private PreferredContact preferredContact = PreferredContact.PHONE;
    private boolean voicemailOk;
    private Locale language = PortalLanguages.DANISH;
    private final List<StagedFile> files = new ArrayList<>();

    InquiryFlowView(MunicipalityDirectory municipalities, InquiryIntake intake, AttachmentStaging staging,
                    InquiryDocuments documents, InquiryProperties properties, Clock clock) {
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
        departments = municipalities.departments(municipality.id());
        language = getLocale();
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
        choice.setValue(need);
        var department = new Select<Long>();
        department.setId("department");
        department.setLabel(getTranslation("inquiry.department.label"));
        department.setHelperText(getTranslation("inquiry.department.hint"));
        var options = new ArrayList<Long>();
        options.add(UNKNOWN_DEPARTMENT);
        departments.forEach(d -> options.add(d.id()));
        department.setItems(options);
        department.setItemLabelGenerator(id -> id == UNKNOWN_DEPARTMENT ? getTranslation("inquiry.department.unknown")
                : departments.stream().filter(d -> d.id() == id).findFirst().map(DepartmentNode::name).orElse(""));
        department.setValue(departmentId == null ? UNKNOWN_DEPARTMENT : departmentId);
        var next = primary("form.continue", () -> {
            errors.clear();
            if (choice.getValue() == null) {
                invalid(choice, "inquiry.need.required", errors);
                errors.show();
                return;
            }
            need = choice.getValue();
            departmentId = department.getValue() == null || department.getValue() == UNKNOWN_DEPARTMENT ? null : department.getValue();
            showScreening();
        });
        page.add(errors, intro, choice, department, actions(next, null));
    }

    // ------------------------------------------------------------------ 2 can the advisor take it

    private void showScreening() {
        var page = page(2, STEPS, "inquiry.screening.title");
        page.add(new Paragraph(getTranslation("inquiry.screening.intro")));
        var contacted = new RadioButtonGroup<Answer>(getTranslation("inquiry.screening.contacted"));
        contacted.setId("contacted");
        contacted.setItems(Answer.values());
        contacted.setItemLabelGenerator(a -> getTranslation("inquiry.answer." + a.name()));
        contacted.setValue(departmentContacted);
        var consent = new Checkbox(getTranslation("inquiry.screening.forwardConsent"), forwardConsent);
        var when = new DatePicker(getTranslation("inquiry.screening.when") + " " + getTranslation("form.optional"));
        when.setId("happened-on");
        when.setLocale(getLocale());
        when.setMax(LocalDate.now(clock));
        when.setHelperText(getTranslation("inquiry.screening.whenHint"));
        when.setValue(happenedOn);
        var concernChoice = new CheckboxGroup<String>(getTranslation("inquiry.screening.concerns") + " " + getTranslation("form.optional"));
        concernChoice.setId("concerns");
        concernChoice.setItems("appealable", "political", "staff", "otherAuthority");
        concernChoice.setItemLabelGenerator(key -> getTranslation("inquiry.screening.concern." + key));
        concernChoice.setValue(concerns);
        var guidance = new Div();
        guidance.addClassName("guidance");
        guidance.getElement().setAttribute("aria-live", "polite");
        Runnable refresh = () -> {
            departmentContacted = contacted.getValue() == null ? Answer.UNSURE : contacted.getValue();
            forwardConsent = consent.getValue();
            happenedOn = when.getValue();
            concerns = concernChoice.getValue();
            consent.setVisible(departmentContacted != Answer.YES);
            renderGuidance(guidance);
        };
        contacted.addValueChangeListener(change -> refresh.run());
        consent.addValueChangeListener(change -> refresh.run());
        when.addValueChangeListener(change -> refresh.run());
        concernChoice.addValueChangeListener(change -> refresh.run());
        refresh.run();
        var next = primary("form.continue", () -> {
            refresh.run();
            showWho();
        });
        page.add(contacted, consent, when, concernChoice, guidance, actions(next, this::showNeed));
    }

    private Screening screening() {
        return new Screening(departmentContacted, forwardConsent, happenedOn, concerns.contains("appealable"),
                concerns.contains("political"), concerns.contains("staff"), concerns.contains("otherAuthority"));
    }

    private void renderGuidance(Div guidance) {
        guidance.removeAll();
        var items = screening().guidance(municipality().complaintAgeLimitMonths(), LocalDate.now(clock));
        if (items.isEmpty()) {
            return;
        }
        guidance.add(new H2(getTranslation("inquiry.guidance.title")));
        for (Screening.Guidance item : items) {
            var box = new Div(new Paragraph(getTranslation(item.messageKey(), municipality().complaintAgeLimitMonths())));
            box.addClassName("notice");
            if (item.link() != null) {
                var link = new Paragraph();
                link.add(new Anchor(item.link(), getTranslation(item.messageKey() + ".link")));
                box.add(link);
            }
            guidance.add(box);
        }
        guidance.add(new Paragraph(getTranslation("inquiry.guidance.stillSend")));
    }

    // ------------------------------------------------------------------ 3 who is it about

    private void showWho() {
        var page = page(3, STEPS, "inquiry.who.title");
        var errors = new ErrorSummary();
        var choice = new RadioButtonGroup<Representation>(getTranslation("inquiry.who.label"));
        choice.setId("representation");
        choice.setItems(Representation.values());
        choice.setItemLabelGenerator(r -> getTranslation("inquiry.representation." + r.name()));
        choice.setValue(representation);
        var subject = new TextField(getTranslation("inquiry.who.subjectName"));
        subject.setId("subject-name");
        subject.setMaxLength(120);
        subject.setValue(subjectName);
        var custody = new Checkbox(getTranslation("inquiry.who.custody"), custodyConfirmed);
        var agentName = new TextField(getTranslation("inquiry.who.yourName"));
        agentName.setId("agent-name");
        agentName.setValue(name);
        var poaInfo = new Div();
        poaInfo.addClassName("notice");
        poaGrantor = subjectName;
        poaAgent = name;
        var municipalityName = municipality().name();
        var locale = getLocale();
        // Built once, and it reads plain fields: the download runs outside the UI's lock.
        var form = DownloadLink.of(getTranslation("inquiry.who.poaDownload"), "fuldmagt.pdf", "application/pdf",
                () -> documents.powerOfAttorney(poaGrantor, poaAgent, municipalityName, locale));
        form.addClassName("download-link");
        poaInfo.add(new Paragraph(getTranslation("inquiry.who.poaInfo")), new Paragraph(form));
        var poaUpload = new UploadArea(getTranslation("inquiry.who.poaUpload"), getTranslation("upload.hint"), staging,
                AttachmentKind.POWER_OF_ATTORNEY, () -> files, files::add, files::remove);
        var guardianUpload = new UploadArea(getTranslation("inquiry.who.guardianUpload"), getTranslation("upload.hint"), staging,
                AttachmentKind.GUARDIAN_APPOINTMENT, () -> files, files::add, files::remove);
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
        subject.addValueChangeListener(change -> poaGrantor = change.getValue());
        agentName.addValueChangeListener(change -> poaAgent = change.getValue());
        refresh.run();
        var next = primary("form.continue", () -> {
            errors.clear();
            representation = choice.getValue() == null ? Representation.SELF : choice.getValue();
            subjectName = subject.getValue().strip();
            custodyConfirmed = custody.getValue();
            if (!agentName.getValue().isBlank()) {
                name = agentName.getValue().strip();
            }
            if (representation != Representation.SELF && subjectName.isEmpty()) {
                invalid(subject, "inquiry.who.subjectRequired", errors);
            }
            if (representation == Representation.PARENT && !custodyConfirmed) {
                errors.add(getTranslation("inquiry.who.custodyRequired"), custody);
            }
            if (errors.hasProblems()) {
                errors.show();
                return;
            }
            showWhat();
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
        text.setMaxLength(InquirySubmission.MAX_DESCRIPTION);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValue(description);
        text.setHelperText(getTranslation("form.charactersLeft", InquirySubmission.MAX_DESCRIPTION - description.length()));
        text.addValueChangeListener(change -> text.setHelperText(
                getTranslation("form.charactersLeft", InquirySubmission.MAX_DESCRIPTION - change.getValue().length())));
        text.addClassName("long-text");
        var outcome = new TextArea(getTranslation("inquiry.what.outcome") + " " + getTranslation("form.optional"));
        outcome.setId("outcome");
        outcome.setMaxLength(InquirySubmission.MAX_OUTCOME);
        outcome.setValue(desiredOutcome);
        var upload = new UploadArea(getTranslation("inquiry.what.attachments") + " " + getTranslation("form.optional"),
                getTranslation("upload.hint"), staging, AttachmentKind.EVIDENCE, () -> files, files::add, files::remove);
        var next = primary("form.continue", () -> {
            errors.clear();
            description = text.getValue().strip();
            desiredOutcome = outcome.getValue().strip();
            if (description.isEmpty()) {
                invalid(text, "inquiry.what.required", errors);
                errors.show();
                return;
            }
            showContact();
        });
        page.add(errors, warning, text, outcome, upload, actions(next, this::showWho));
    }

    // ------------------------------------------------------------------ 5 how do we reach you

    private void showContact() {
        var page = page(5, STEPS, "inquiry.contact.title");
        var errors = new ErrorSummary();
        var nameField = new TextField(getTranslation("booking.details.name"));
        nameField.setId("name");
        nameField.setValue(name);
        nameField.setMaxLength(120);
        var emailField = new EmailField(getTranslation("booking.details.email"));
        emailField.setId("email");
        emailField.setValue(email);
        emailField.setHelperText(getTranslation("inquiry.contact.emailHint"));
        var phoneField = new TextField(getTranslation("booking.details.phone"));
        phoneField.setId("phone");
        phoneField.setValue(phone);
        phoneField.setHelperText(getTranslation("booking.details.phoneHint"));
        var preferred = new RadioButtonGroup<PreferredContact>(getTranslation("inquiry.contact.preferred"));
        preferred.setItems(PreferredContact.values());
        preferred.setItemLabelGenerator(p -> getTranslation("inquiry.contact.preferred." + p.name()));
        preferred.setValue(preferredContact);
        var voicemail = new Checkbox(getTranslation("inquiry.contact.voicemail"), voicemailOk);
        var languageChoice = new RadioButtonGroup<Locale>(getTranslation("booking.details.language"));
        languageChoice.setItems(PortalLanguages.SUPPORTED);
        languageChoice.setItemLabelGenerator(l -> getTranslation("booking.details.language." + l.getLanguage()));
        languageChoice.setValue(language);
        var trap = new TextField(getTranslation("inquiry.contact.trap"));
        trap.setId("website");
        var trapBox = new Div(trap);
        trapBox.addClassName("visually-absent");
        var privacy = new Div(new H2(getTranslation("inquiry.privacy.title")), new Paragraph(getTranslation("inquiry.privacy.text",
                municipality().name())));
        privacy.addClassName("privacy-notice");
        var next = primary("form.continue", () -> {
            errors.clear();
            name = nameField.getValue().strip();
            email = emailField.getValue().strip();
            phone = phoneField.getValue().strip();
            preferredContact = preferred.getValue() == null ? PreferredContact.PHONE : preferred.getValue();
            voicemailOk = voicemail.getValue();
            language = languageChoice.getValue() == null ? PortalLanguages.DANISH : languageChoice.getValue();
            if (name.isEmpty()) {
                invalid(nameField, "booking.error.name", errors);
            }
            if (email.isEmpty() && phone.isEmpty()) {
                invalid(emailField, "booking.error.contact", errors);
            } else {
                if (!email.isEmpty() && !EmailAddress.isValid(email)) {
                    invalid(emailField, "booking.error.email", errors);
                }
                if (!phone.isEmpty() && !PhoneNumber.isValid(phone)) {
                    invalid(phoneField, "booking.error.phone", errors);
                }
            }
            if (errors.hasProblems()) {
                errors.show();
                return;
            }
            trapped = !trap.getValue().isBlank();
            showCheck();
        });
        page.add(errors, nameField, emailField, phoneField, preferred, voicemail, languageChoice, trapBox, privacy,
                actions(next, this::showWhat));
    }

    private boolean trapped;
    private volatile String poaGrantor = "";
    private volatile String poaAgent = "";

    // ------------------------------------------------------------------ 6 check your answers

    private void showCheck() {
        var page = page(6, STEPS, "booking.check.title");
        var errors = new ErrorSummary();
        var list = new DescriptionList();
        list.addClassName("summary-list");
        addRow(list, "inquiry.check.need", getTranslation("inquiry.need." + need().name()), this::showNeed);
        addRow(list, "inquiry.check.department", departmentId == null ? getTranslation("inquiry.department.unknown")
                : departments.stream().filter(d -> d.id() == departmentId).findFirst().map(DepartmentNode::name).orElse(""), this::showNeed);
        addRow(list, "inquiry.check.contacted", getTranslation("inquiry.answer." + departmentContacted.name()), this::showScreening);
        addRow(list, "inquiry.check.who", representation == Representation.SELF ? getTranslation("inquiry.representation.SELF")
                : getTranslation("inquiry.representation." + representation.name()) + ": " + subjectName, this::showWho);
        addRow(list, "inquiry.check.description", abbreviated(description), this::showWhat);
        addRow(list, "inquiry.check.outcome", desiredOutcome.isEmpty() ? getTranslation("booking.check.none") : abbreviated(desiredOutcome), this::showWhat);
        addRow(list, "inquiry.check.files", files.isEmpty() ? getTranslation("booking.check.none")
                : String.join(", ", files.stream().map(StagedFile::displayName).toList()), this::showWhat);
        addRow(list, "booking.check.name", name, this::showContact);
        addRow(list, "booking.check.contact", String.join(", ", java.util.stream.Stream.of(email, phone).filter(v -> !v.isBlank()).toList()), this::showContact);
        addRow(list, "inquiry.check.preferred", getTranslation("inquiry.contact.preferred." + preferredContact.name()), this::showContact);
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
            var receipt = intake.submit(new InquirySubmission(municipality().slug(), need(), departmentId, screening(),
                    representation, representation == Representation.SELF ? null : subjectName, custodyConfirmed,
                    description, desiredOutcome.isEmpty() ? null : desiredOutcome, name, email.isEmpty() ? null : email,
                    phone.isEmpty() ? null : phone, preferredContact, voicemailOk, language,
                    List.copyOf(files)), client);
            boolean powerOfAttorneyAttached = files.stream().anyMatch(f -> f.kind() == AttachmentKind.POWER_OF_ATTORNEY);
            files.clear();
            showReceipt(receipt, powerOfAttorneyAttached);
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

    private void showReceipt(InquiryReceipt receipt, boolean powerOfAttorneyAttached) {
        startPage(getTranslation("inquiry.done.title"));
        var panel = new Div(new H1(getPageHeading()), new Paragraph(getTranslation("inquiry.done.reference")));
        panel.addClassName("confirmation-panel");
        var reference = new Span(receipt.reference());
        reference.addClassName("reference");
        panel.add(reference);
        var when = DateTimeFormatter.ofPattern(getTranslation("format.dateTime"), getLocale()).withZone(java.time.ZoneId.of("Europe/Copenhagen"));
        var pdf = DownloadLink.of(getTranslation("inquiry.done.pdf"), "kvittering-" + receipt.reference() + ".pdf",
                "application/pdf", () -> documents.receipt(receipt.followToken()).orElseThrow());
        pdf.addClassNames("button-link", "button-link--secondary");
        var follow = new Anchor("/henvendelse/" + receipt.followToken(), getTranslation("inquiry.done.follow"));
        var next = new UnorderedList(new ListItem(getTranslation("inquiry.done.step1", receipt.callbackWorkingDays())),
                new ListItem(getTranslation("inquiry.done.step2")), new ListItem(getTranslation("inquiry.done.step3")));
        add(panel, new Paragraph(getTranslation("inquiry.done.sent", when.format(receipt.submittedAt()))),
                new H2(getTranslation("booking.done.next")), next,
                new Paragraph(email.isEmpty() ? getTranslation("inquiry.done.noMail") : getTranslation("inquiry.done.mail", email)),
                new Div(pdf, follow));
        if (representation == Representation.POWER_OF_ATTORNEY && !powerOfAttorneyAttached) {
            var reminder = new Paragraph(getTranslation("inquiry.done.poaLater"));
            reminder.addClassName("notice");
            add(reminder);
        }
    }

    // ------------------------------------------------------------------ helpers

    private void invalid(Component field, String key, ErrorSummary errors) {
        if (field instanceof HasValidation validation) {
            validation.setInvalid(true);
            validation.setErrorMessage(getTranslation(key));
        }
        errors.add(getTranslation(key), field);
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + " …" : text;
    }

    private MunicipalityProfile municipality() {
        return Objects.requireNonNull(municipality);
    }

    private InquiryNeed need() {
        return Objects.requireNonNull(need);
    }


    @Override
    protected String firstTitleKey() {
        return "inquiry.need.title";
    }
}
