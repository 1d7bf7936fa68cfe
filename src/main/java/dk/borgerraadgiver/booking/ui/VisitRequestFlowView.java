package dk.borgerraadgiver.booking.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.booking.BookingRefusedException;
import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.booking.CitizenContact;
import dk.borgerraadgiver.booking.MeetingKind;
import dk.borgerraadgiver.booking.MeetingTypeSummary;
import dk.borgerraadgiver.booking.VisitRequests;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import dk.borgerraadgiver.shared.ui.PrivacyNotice;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.ContactDetailsForm;
import dk.borgerraadgiver.shared.ui.ContactDetailsForm.ContactDetails;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import dk.borgerraadgiver.shared.ui.QuestionFlow;
import org.jspecify.annotations.Nullable;

/**
 * A home visit (or a meeting somewhere else) is a request, not a booking: where and why, up to three
 * times that suit the citizen, how to reach them, check your answers, receipt. The advisor answers
 * within the municipality's callback promise. Step 1 (the kind of meeting) is the booking flow's.
 */
@Route(value = ":" + CitizenLayout.MUNICIPALITY_PARAMETER + "/book/hjemmebesoeg", layout = CitizenLayout.class)
@AnonymousAllowed
class VisitRequestFlowView extends QuestionFlow implements BeforeEnterObserver {

    private static final int STEPS = 4;

    private final Bookings bookings;
    private final VisitRequests visitRequests;
    private final MunicipalityDirectory municipalities;
    private final BookingLimits limits;
    private final Clock clock;
    private final VisitRequestQuestions.Answers visit = new VisitRequestQuestions.Answers();
    private final ContactDetails contact = new ContactDetails();
    private @Nullable MunicipalityProfile municipality;
    private @Nullable MeetingTypeSummary type;

    VisitRequestFlowView(Bookings bookings, VisitRequests visitRequests, MunicipalityDirectory municipalities,
                         BookingLimits limits, Clock clock) {
        this.bookings = bookings;
        this.visitRequests = visitRequests;
        this.municipalities = municipalities;
        this.limits = limits;
        this.clock = clock;
        addClassName("booking-flow");
    }

    /** Where the booking flow sends a citizen who chose a home visit. */
    static RouteParameters parameters(String municipalitySlug) {
        return new RouteParameters(CitizenLayout.MUNICIPALITY_PARAMETER, municipalitySlug);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get(CitizenLayout.MUNICIPALITY_PARAMETER).orElse("");
        municipality = municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (municipality.paused()) {
            event.forwardTo(slug);
            return;
        }
        type = bookings.meetingTypes(slug).stream().filter(t -> t.kind() == MeetingKind.HOME_VISIT).findFirst()
                .orElseThrow(NotFoundException::new);
        contact.setPageLanguage(getLocale());
        showQuestions();
    }

    private void showQuestions() {
        var page = page(2, STEPS, "visit.title");
        var errors = new ErrorSummary();
        var earliest = LocalDateTime.now(clock.withZone(PortalTime.ZONE)).plusDays(1).withHour(8).withMinute(0)
                .truncatedTo(ChronoUnit.MINUTES);
        var questions = new VisitRequestQuestions(visit, earliest);
        var next = primary("form.continue", () -> {
            errors.clear();
            if (!questions.writeTo(visit, errors)) {
                errors.show();
                return;
            }
            showContact();
        });
        page.add(errors, new Paragraph(getTranslation("visit.intro", municipality().callbackWorkingDays())), questions,
                PrivacyNotice.forMeeting(municipality().name(), municipalities.retention(municipality().id()).meetingMonths()),
                actions(next, this::backToTheKindOfMeeting));
    }

    private void backToTheKindOfMeeting() {
        getUI().ifPresent(ui -> ui.navigate(BookingFlowView.class, parameters(municipality().slug())));
    }

    private void showContact() {
        var page = page(3, STEPS, "booking.details.title");
        var errors = new ErrorSummary();
        var form = new ContactDetailsForm(contact, "booking.details.emailHint");
        var next = primary("form.continue", () -> {
            errors.clear();
            if (!form.writeTo(contact, errors)) {
                errors.show();
                return;
            }
            showCheck();
        });
        page.add(errors, form, actions(next, this::showQuestions));
    }

    private void showCheck() {
        var page = page(4, STEPS, "booking.check.title");
        var errors = new ErrorSummary();
        var list = new DescriptionList();
        list.addClassName("summary-list");
        var format = DateTimeFormatter.ofPattern(getTranslation("format.weekdayDateTime"), getLocale());
        addRow(list, "booking.check.type", type().name(getLocale()), this::backToTheKindOfMeeting);
        addRow(list, "visit.place", visit.place, this::showQuestions);
        addRow(list, "visit.reason", visit.reason, this::showQuestions);
        addRow(list, "visit.proposals", String.join("; ", visit.proposals.stream().map(format::format).toList()), this::showQuestions);
        addRow(list, "booking.check.name", contact.name(), this::showContact);
        addRow(list, "booking.check.contact", String.join(", ", Stream.of(contact.email(), contact.phone())
                .filter(v -> !v.isBlank()).toList()), this::showContact);
        addRow(list, "booking.check.language", ContactDetailsForm.languageText(this, contact), this::showContact);
        var send = primary("visit.send", () -> send(errors));
        page.add(errors, list, actions(send, this::showContact));
    }

    private void send(ErrorSummary errors) {
        errors.clear();
        if (!limits.allowed(errors, this)) {
            return;
        }
        try {
            var reference = visitRequests.request(type().id(), new CitizenContact(contact.name(), contact.email(),
                            contact.phone(), contact.language(), "", null), visit.place, visit.reason,
                    visit.proposals.stream().map(time -> time.atZone(PortalTime.ZONE).toInstant()).toList());
            showReceipt(reference);
        } catch (BookingRefusedException e) {
            errors.add(getTranslation("visit.error.proposal"), this);
            errors.show();
        }
    }

    private void showReceipt(String reference) {
        startPage(getTranslation("visit.done.title"));
        var panel = new Div(new H1(getPageHeading()), new Paragraph(getTranslation("booking.done.reference")));
        panel.addClassName("confirmation-panel");
        var number = new Span(reference);
        number.addClassName("reference");
        panel.add(number);
        add(panel, new H2(getTranslation("booking.done.next")),
                new Paragraph(getTranslation("visit.done.next", municipality().callbackWorkingDays())),
                new Paragraph(contact.email().isEmpty() ? getTranslation("booking.done.noMail")
                        : getTranslation("visit.done.mail", contact.email())));
    }

    private MunicipalityProfile municipality() {
        return Objects.requireNonNull(municipality);
    }

    private MeetingTypeSummary type() {
        return Objects.requireNonNull(type);
    }

    @Override
    protected String firstTitleKey() {
        return "visit.title";
    }
}
