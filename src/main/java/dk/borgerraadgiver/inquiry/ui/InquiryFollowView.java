package dk.borgerraadgiver.inquiry.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.AttachmentRejectedException;
import dk.borgerraadgiver.inquiry.AttachmentStaging;
import dk.borgerraadgiver.inquiry.InquiryDocuments;
import dk.borgerraadgiver.inquiry.InquiryFollow;
import dk.borgerraadgiver.inquiry.InquiryStatus;
import dk.borgerraadgiver.inquiry.InvalidSubmissionException;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.StagedFile;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.DownloadLink;
import dk.borgerraadgiver.shared.PortalTime;

/** The private follow page: status and files of one inquiry, and a place to send the signed fuldmagt later. */
@Route(value = "henvendelse/:token", layout = CitizenLayout.class)
@AnonymousAllowed
class InquiryFollowView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final InquiryFollow follow;
    private final InquiryDocuments documents;
    private final AttachmentStaging staging;
    private String token = "";
    private String title = "";
    private final List<StagedFile> pending = new ArrayList<>();

    InquiryFollowView(InquiryFollow follow, InquiryDocuments documents, AttachmentStaging staging) {
        this.follow = follow;
        this.documents = documents;
        this.staging = staging;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        render();
    }

    private void render() {
        removeAll();
        var found = follow.findByLink(token);
        if (found.isEmpty()) {
            title = getTranslation("manage.unknown.title");
            add(new H1(title), new Paragraph(getTranslation("manage.unknown.text")));
            return;
        }
        InquiryStatus inquiry = found.get();
        title = getTranslation("follow.title");
        var when = DateTimeFormatter.ofPattern(getTranslation("format.dateTime"), getLocale()).withZone(PortalTime.ZONE);
        var details = new DescriptionList();
        details.addClassName("summary-list");
        details.add(new DescriptionList.Term(getTranslation("follow.reference")), new DescriptionList.Description(inquiry.reference()),
                new DescriptionList.Term(getTranslation("follow.sent")), new DescriptionList.Description(when.format(inquiry.submittedAt())),
                new DescriptionList.Term(getTranslation("follow.status")), new DescriptionList.Description(getTranslation("follow.status." + inquiry.status())),
                new DescriptionList.Term(getTranslation("inquiry.check.files")), new DescriptionList.Description(inquiry.attachments().isEmpty()
                        ? getTranslation("booking.check.none")
                        : String.join(", ", inquiry.attachments().stream().map(InquiryStatus.AttachmentInfo::name).toList())));
        var followToken = token;
        var pdf = DownloadLink.of(getTranslation("inquiry.done.pdf"), "kvittering-" + inquiry.reference() + ".pdf",
                "application/pdf", () -> documents.receipt(followToken).orElseThrow());
        add(new H1(title), details, new Paragraph(getTranslation("follow.next", inquiry.callbackWorkingDays())), new Paragraph(pdf));
        if (inquiry.representation() == Representation.POWER_OF_ATTORNEY && !inquiry.hasPowerOfAttorney()) {
            add(new H2(getTranslation("follow.poa.title")), new Paragraph(getTranslation("follow.poa.text")));
            add(new UploadArea(getTranslation("inquiry.who.poaUpload"), getTranslation("upload.hint"), staging,
                    AttachmentKind.POWER_OF_ATTORNEY, () -> pending, pending::add, pending::remove));
            var send = new Button(getTranslation("follow.poa.send"), click -> sendPending());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(send);
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void sendPending() {
        try {
            for (StagedFile file : List.copyOf(pending)) {
                follow.addDocument(token, file);
                pending.remove(file);
            }
            render();
        } catch (AttachmentRejectedException | InvalidSubmissionException e) {
            add(new Paragraph(getTranslation("follow.poa.failed")));
        }
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("follow.title") : title) + " – " + getTranslation("layout.serviceName");
    }

}
