package dk.borgerraadgiver.inquiry.ui;

import org.jspecify.annotations.Nullable;
import java.util.Optional;
import dk.borgerraadgiver.shared.ui.MunicipalityPage;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.Anchor;
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
import dk.borgerraadgiver.inquiry.InquiryFollow;
import dk.borgerraadgiver.inquiry.InquiryStatus;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.ExpiredLinkNotice;
import dk.borgerraadgiver.shared.PortalTime;

/**
 * The private follow page: the status of one inquiry, nothing it says. The receipt with the text,
 * the files and sending a power of attorney later are behind the case's secure messages, which ask
 * for a one-time code first; a link some weeks past the case's closing only says whom to call.
 */
@Route(value = "henvendelse/:token", layout = CitizenLayout.class)
@AnonymousAllowed
class InquiryFollowView extends Div implements BeforeEnterObserver, HasDynamicTitle, MunicipalityPage {

    private final InquiryFollow follow;
    private String title = "";

    InquiryFollowView(InquiryFollow follow) {
        this.follow = follow;
        addClassName("prose");
    }

    private @Nullable Long municipalityId;

    @Override
    public Optional<Long> municipalityId() {
        return Optional.ofNullable(municipalityId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(event.getRouteParameters().get("token").orElse(""));
    }

    private void render(String token) {
        removeAll();
        var found = follow.findByLink(token);
        municipalityId = found.map(InquiryFollow.FollowPage::municipalityId).orElse(null);
        if (found.isEmpty()) {
            title = getTranslation("manage.unknown.title");
            add(new H1(title), new Paragraph(getTranslation("manage.unknown.text")));
            return;
        }
        var page = found.get();
        if (page.expired()) {
            title = getTranslation("link.expired.title");
            add(new ExpiredLinkNotice(page.municipalityName(), page.municipalityPhone()));
            return;
        }
        InquiryStatus inquiry = page.status();
        title = getTranslation("follow.title");
        var when = DateTimeFormatter.ofPattern(getTranslation("format.dateTime"), getLocale()).withZone(PortalTime.ZONE);
        var details = new DescriptionList();
        details.addClassName("summary-list");
        details.add(new DescriptionList.Term(getTranslation("follow.reference")), new DescriptionList.Description(inquiry.reference()),
                new DescriptionList.Term(getTranslation("follow.sent")), new DescriptionList.Description(when.format(inquiry.submittedAt())),
                new DescriptionList.Term(getTranslation("follow.status")), new DescriptionList.Description(
                        getTranslation(page.caseClosed() ? "follow.status.CLOSED" : "follow.status." + inquiry.status())),
                new DescriptionList.Term(getTranslation("inquiry.check.files")), new DescriptionList.Description(
                        getTranslation("follow.fileCount", inquiry.attachments().size())));
        add(new H1(title), details);
        if (!page.caseClosed()) {
            add(new Paragraph(getTranslation("follow.next", inquiry.callbackWorkingDays())));
        }
        if (inquiry.representation() == Representation.POWER_OF_ATTORNEY && !inquiry.hasPowerOfAttorney()) {
            add(new H2(getTranslation("follow.poa.title")), new Paragraph(getTranslation("follow.poa.text")));
        }
        if (page.messagesPath() != null) {
            add(new Paragraph(getTranslation("follow.messages.text")),
                    new Paragraph(new Anchor(page.messagesPath(), getTranslation("follow.messages.link"))));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("follow.title") : title) + " – " + getTranslation("layout.serviceName");
    }
}
