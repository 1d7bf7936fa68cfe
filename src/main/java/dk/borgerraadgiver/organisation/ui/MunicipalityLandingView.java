package dk.borgerraadgiver.organisation.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.security.CitizenSignInPanel;
import dk.borgerraadgiver.organisation.LocationKind;
import dk.borgerraadgiver.organisation.MeetingPlace;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import dk.borgerraadgiver.shared.PublicLinks;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.OpeningHoursSource;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.Component;

/**
 * A municipality's front page for citizens: what the borgerrådgiver can and cannot help with (said
 * before anyone writes), how to get in touch, where to meet, and the two ways in.
 */
@Route(value = ":" + CitizenLayout.MUNICIPALITY_PARAMETER, layout = CitizenLayout.class)
@AnonymousAllowed
class MunicipalityLandingView extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {


    private final MunicipalityDirectory directory;
    private final OpeningHoursSource openingHours;
    private @Nullable MunicipalityProfile profile;

    MunicipalityLandingView(MunicipalityDirectory directory, OpeningHoursSource openingHours) {
        this.directory = directory;
        this.openingHours = openingHours;
        addClassName("landing");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(CitizenLayout.MUNICIPALITY_PARAMETER).orElse("");
        profile = directory.findBySlug(slug).orElseThrow(NotFoundException::new);
        render(getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(event.getLocale());
    }

    private void render(Locale locale) {
        var municipality = profile;
        if (municipality == null) {
            return;
        }
        removeAll();
        var lead = new Paragraph(getTranslation("landing.lead"));
        lead.addClassName("lead");
        if (municipality.paused()) {
            var notice = new Paragraph(getTranslation("landing.paused", municipality.contactPhone(), municipality.phoneHours(locale)));
            notice.addClassName("notice");
            notice.getElement().setAttribute("role", "status");
            add(new H1(getTranslation("landing.heading", municipality.name())), notice);
            add(contact(municipality, locale));
            return;
        }
        add(new H1(getTranslation("landing.heading", municipality.name())), lead, entryPoints(municipality),
                new CitizenSignInPanel("/" + municipality.slug()));
        add(section("landing.canHelp.heading", list(municipality.scopeTexts().canHelp(locale), MunicipalityProfile.ScopeTexts.STANDARD_CAN_HELP)));
        var cannot = section("landing.cannotHelp.heading", list(municipality.scopeTexts().cannotHelp(locale), MunicipalityProfile.ScopeTexts.STANDARD_CANNOT_HELP));
        cannot.add(new Paragraph(getTranslation("landing.cannotHelp.ageLimit", municipality.complaintAgeLimitMonths())));
        cannot.add(new Paragraph(getTranslation("landing.cannotHelp.stillRegistered")));
        add(cannot);
        add(contact(municipality, locale));
        add(hours(municipality, locale));
        add(meetingPlaces(municipality, locale));
        if (municipality.postalAddress() != null) {
            var address = section("landing.postalAddress.heading");
            address.add(new Paragraph(municipality.postalAddress()));
            add(address);
        }
    }

    private Div entryPoints(MunicipalityProfile municipality) {
        var book = new Anchor(PublicLinks.bookPath(municipality.slug()), getTranslation("landing.entry.book"));
        book.addClassNames("button-link", "button-link--primary");
        var write = new Anchor(PublicLinks.inquiryFormPath(municipality.slug()), getTranslation("landing.entry.write"));
        write.addClassNames("button-link", "button-link--secondary");
        var entries = new Div(book, write);
        entries.addClassName("entry-points");
        return entries;
    }

    private Section contact(MunicipalityProfile municipality, Locale locale) {
        var section = section("landing.contact.heading");
        var phone = new Paragraph();
        phone.add(new Span(getTranslation("landing.contact.phone") + " "),
                new Anchor("tel:" + municipality.contactPhone().replace(" ", ""), municipality.contactPhone()),
                new Span(" (" + municipality.phoneHours(locale) + ")"));
        var mail = new Paragraph();
        mail.add(new Span(getTranslation("landing.contact.email") + " "),
                new Anchor("mailto:" + municipality.contactEmail(), municipality.contactEmail()));
        var warning = new Paragraph(getTranslation("landing.contact.emailWarning"));
        warning.addClassName("notice");
        section.add(phone, mail, warning,
                new Paragraph(getTranslation("landing.contact.callback", municipality.callbackWorkingDays())));
        return section;
    }

    private Section hours(MunicipalityProfile municipality, Locale locale) {
        var section = section("landing.hours.heading");
        var list = new UnorderedList();
        list.addClassName("place-list");
        for (var meeting : openingHours.openingHours(municipality.slug(), locale)) {
            var item = new ListItem();
            var name = new Span(meeting.name());
            name.addClassName("place-name");
            item.add(name);
            if (!meeting.place().isBlank()) {
                item.add(new Paragraph(meeting.place()));
            }
            item.add(new Paragraph(String.join(", ", meeting.hours())));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section meetingPlaces(MunicipalityProfile municipality, Locale locale) {
        var section = section("landing.places.heading");
        var list = new UnorderedList();
        list.addClassName("place-list");
        for (MeetingPlace place : municipality.meetingPlaces()) {
            var item = new ListItem();
            var name = new Span(getTranslation("landing.places.kind." + place.kind().name()) + ": " + place.name());
            name.addClassName("place-name");
            item.add(name);
            if (place.kind() != LocationKind.CITIZEN_HOME) {
                item.add(new Paragraph(place.addressLine()));
            } else {
                item.add(new Paragraph(getTranslation("landing.places.homeVisit")));
            }
            var directions = place.directions(locale);
            if (directions != null) {
                item.add(new Paragraph(directions));
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section section(String headingKey, Component... content) {
        var section = new Section(new H2(getTranslation(headingKey)));
        section.add(content);
        return section;
    }

    /** The municipality's own points, or the standard ones when it has none. */
    private UnorderedList list(java.util.List<String> own, java.util.List<String> standardKeys) {
        var list = new UnorderedList();
        if (own.isEmpty()) {
            for (String key : standardKeys) {
                list.add(new ListItem(getTranslation(key)));
            }
        } else {
            own.forEach(point -> list.add(new ListItem(point)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return profile == null ? getTranslation("layout.serviceName")
                : getTranslation("landing.heading", profile.name());
    }
}
