package dk.borgerraadgiver.casework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.casework.CaseRefusedException;
import dk.borgerraadgiver.casework.CitizenCase;
import dk.borgerraadgiver.casework.CitizenMessages;
import dk.borgerraadgiver.casework.OneTimeCode;
import dk.borgerraadgiver.casework.SignedInCitizenCases;
import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.AttachmentStaging;
import dk.borgerraadgiver.inquiry.StagedFile;
import dk.borgerraadgiver.inquiry.ui.UploadArea;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.DownloadLink;
import dk.borgerraadgiver.shared.ui.ExpiredLinkNotice;
import dk.borgerraadgiver.shared.ui.HeadingFocus;
import dk.borgerraadgiver.shared.ui.MunicipalityPage;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import org.jspecify.annotations.Nullable;

/**
 * The citizen's secure messages: the private link from the mail, then a one-time code sent to their
 * e-mail address, then the conversation with the advisor and a reply with files.
 */
@Route(value = "besked/:token", layout = CitizenLayout.class)
@AnonymousAllowed
class CitizenMessagesView extends Div implements BeforeEnterObserver, HasDynamicTitle, MunicipalityPage {

    private final CitizenMessages messages;
    private final AttachmentStaging staging;
    private final MunicipalityDirectory municipalities;
    private final SignedInCitizenCases signedIn;
    private String token = "";
    private @Nullable String ticket;
    private final List<StagedFile> pending = new ArrayList<>();

    CitizenMessagesView(CitizenMessages messages, AttachmentStaging staging, MunicipalityDirectory municipalities,
                        SignedInCitizenCases signedIn) {
        this.messages = messages;
        this.signedIn = signedIn;
        this.municipalities = municipalities;
        this.staging = staging;
        addClassName("prose");
    }

    private @Nullable Long municipalityId;

    @Override
    public Optional<Long> municipalityId() {
        return Optional.ofNullable(municipalityId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        // A citizen signed in with MitID opens her own case without a one-time code.
        ticket = signedIn.ticketFor(token).orElse(null);
        render();
    }

    private void render() {
        removeAll();
        var found = messages.findByLink(token);
        municipalityId = found.map(CitizenCase::municipalityId).or(() -> messages.expiredLinkMunicipality(token)).orElse(null);
        if (found.isEmpty()) {
            messages.expiredLinkMunicipality(token).flatMap(municipalities::findById).ifPresentOrElse(
                    m -> add(new ExpiredLinkNotice(m.name(), m.contactPhone())),
                    () -> add(new H1(getTranslation("manage.unknown.title")), new Paragraph(getTranslation("manage.unknown.text"))));
            return;
        }
        if (ticket == null) {
            askForCode(found.get());
        } else {
            conversation();
        }
    }

    private void askForCode(CitizenCase citizenCase) {
        add(new H1(getTranslation("citizenMessages.title")),
                new Paragraph(getTranslation("citizenMessages.lead", citizenCase.reference(), citizenCase.municipalityName())));
        if (citizenCase.maskedEmail() == null) {
            add(new Paragraph(getTranslation("citizenMessages.noEmail")));
            return;
        }
        var status = new Paragraph();
        status.getElement().setAttribute("role", "status");
        var code = new TextField(getTranslation("citizenMessages.code"));
        code.setHelperText(getTranslation("citizenMessages.code.help", citizenCase.maskedEmail()));
        code.setMaxLength(OneTimeCode.DIGITS + 4);
        code.getElement().setAttribute("inputmode", "numeric");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setVisible(false);
        var errors = new ErrorSummary();
        var confirm = new Button(getTranslation("citizenMessages.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setVisible(false);
        var send = new Button(getTranslation("citizenMessages.sendCode"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            boolean sent;
            try {
                sent = messages.sendCode(token);
            } catch (CaseRefusedException e) {
                status.setText(getTranslation("tooManyCodes".equals(e.reason()) ? "citizenMessages.tooManyCodes"
                        : "citizenMessages.tooSoon", citizenCase.municipalityPhone()));
                return;
            }
            if (sent) {
                status.setText(getTranslation("citizenMessages.codeSent", citizenCase.maskedEmail()));
                send.setText(getTranslation("citizenMessages.sendAgain"));
                send.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
                code.setVisible(true);
                confirm.setVisible(true);
                code.focus();
            } else {
                status.setText(getTranslation("citizenMessages.codeNotSent"));
            }
        });
        confirm.addClickListener(click -> {
            errors.clear();
            var typed = OneTimeCode.asTyped(code.getValue());
            // Nothing typed, or not six digits, is told as such and spends none of her five tries.
            if (typed.isEmpty()) {
                code.setErrorMessage(getTranslation(code.getValue().isBlank() ? "citizenMessages.codeMissing" : "citizenMessages.codeShape"));
            } else {
                try {
                    var result = messages.verifyCode(token, typed.get());
                    if (result.isPresent()) {
                        ticket = result.get();
                        render();
                        // The conversation is a new page to her: focus on its heading, as after a step change.
                        HeadingFocus.moveTo(this);
                        return;
                    }
                    code.setErrorMessage(getTranslation("citizenMessages.wrongCode"));
                } catch (CaseRefusedException e) {
                    code.setErrorMessage(getTranslation("citizenMessages.codeExpired"));
                }
            }
            code.setInvalid(true);
            errors.add(code.getErrorMessage(), code);
            errors.show();
        });
        var actions = new Div(send, confirm);
        actions.addClassName("form-actions");
        add(errors, new Paragraph(getTranslation("citizenMessages.why")), status, code, actions);
    }

    private void conversation() {
        CitizenCase citizenCase;
        try {
            citizenCase = messages.conversation(token, ticket == null ? "" : ticket);
        } catch (CaseRefusedException e) {
            ticket = null;
            render();
            return;
        }
        add(conversationHeading(citizenCase.reference()));
        if (citizenCase.fromInquiry()) {
            var verifiedTicket = ticket == null ? "" : ticket;
            var linkToken = token;
            add(new Paragraph(DownloadLink.of(getTranslation("inquiry.done.pdf"), "kvittering-" + citizenCase.reference() + ".pdf",
                    "application/pdf", () -> messages.receipt(linkToken, verifiedTicket).orElseThrow())));
        }
        var thread = new MessageThread(citizenCase.messages(), new MessageThread.Reader(
                message -> message.fromCitizen() ? getTranslation("citizenMessages.you") : message.author(), message -> "",
                file -> new Paragraph(getTranslation("citizenMessages.file", file.name()))));
        add(thread);
        add(new H2(getTranslation("citizenMessages.reply")));
        var errors = new ErrorSummary();
        var text = new TextArea(getTranslation("citizenMessages.replyText"));
        text.setMaxLength(CitizenMessages.MAX_MESSAGE);
        text.addClassName("long-text");
        var kind = citizenCase.powerOfAttorneyRequested() ? AttachmentKind.POWER_OF_ATTORNEY : AttachmentKind.EVIDENCE;
        var upload = new UploadArea(getTranslation(citizenCase.powerOfAttorneyRequested() ? "citizenMessages.poaFiles"
                : "citizenMessages.files") + " " + getTranslation("form.optional"), getTranslation("upload.hint"), staging,
                kind, () -> pending, pending::add, pending::remove);
        var send = new Button(getTranslation("citizenMessages.send"), click -> {
            errors.clear();
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("citizenMessages.empty"));
                text.setInvalid(true);
                errors.add(text.getErrorMessage(), text);
                errors.show();
                return;
            }
            try {
                messages.reply(token, ticket == null ? "" : ticket, text.getValue(), List.copyOf(pending));
                pending.clear();
                removeAll();
                conversation();
                var done = new Paragraph(getTranslation("citizenMessages.sent"));
                done.addClassName("notice");
                done.getElement().setAttribute("role", "status");
                addComponentAtIndex(1, done);
            } catch (CaseRefusedException e) {
                errors.add(getTranslation("citizenMessages.notSent"), text);
                errors.show();
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(send);
        actions.addClassName("form-actions");
        add(errors, text, upload, actions);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("citizenMessages.title") + " – " + getTranslation("layout.serviceName");
    }

    /** "Beskeder i sag S-2026-000585" with the reference kept on one line; a phone would break it after "S-". */
    private H1 conversationHeading(String reference) {
        var parts = getTranslation("citizenMessages.conversation", "\u0000").split("\u0000", 2);
        var kept = new Span(reference);
        kept.addClassName("nowrap");
        var heading = new H1(new Text(parts[0]), kept);
        if (parts.length > 1) {
            heading.add(new Text(parts[1]));
        }
        return heading;
    }
}
