package dk.borgerraadgiver.booking.ui;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
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
import dk.borgerraadgiver.booking.BookingConfirmation;
import dk.borgerraadgiver.booking.BookingRefusedException;
import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.booking.CitizenContact;
import dk.borgerraadgiver.booking.MeetingKind;
import dk.borgerraadgiver.booking.MeetingTypeSummary;
import dk.borgerraadgiver.booking.SlotTakenException;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.booking.VisitRequests;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import dk.borgerraadgiver.shared.AttemptLimiter;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import dk.borgerraadgiver.shared.ui.ContactDetailsForm;
import dk.borgerraadgiver.shared.ui.ContactDetailsForm.ContactDetails;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import dk.borgerraadgiver.shared.ui.QuestionFlow;
import dk.borgerraadgiver.shared.ui.DownloadLink;
import dk.borgerraadgiver.shared.PortalTime;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * The citizen books a meeting, one question per page: meeting type, day, time, contact details,
 * check your answers, confirmation. Answers are kept when going back; the server checks everything
 * again at the end, and a time taken meanwhile is answered with the nearest free ones.
 */
@Route(value = ":" + CitizenLayout.MUNICIPALITY_PARAMETER + "/book", layout = CitizenLayout.class)
@AnonymousAllowed
class BookingFlowView extends QuestionFlow implements BeforeEnterObserver {

    private static final int BOOKING_STEPS = 5;
    private static final int REQUEST_STEPS = 4;

    private final Bookings bookings;
    private final MunicipalityDirectory municipalities;
    private final AttemptLimiter limiter;
    private final CalendarFiles calendarFiles;
    private @Nullable MunicipalityProfile municipality;
    private List<MeetingTypeSummary> types = List.of();

    // The answers so far
    private @Nullable MeetingTypeSummary type;
    private @Nullable LocalDate day;
    private @Nullable TimeSlot slot;
    private final ContactDetails contact = new ContactDetails();
    private Set<String> needs = Set.of();
    private String otherNeeds = "";
    private String topic = "";
    private List<TimeSlot> alternatives = List.of();
    private final Clock clock;
    private final VisitRequestQuestions.Answers visit = new VisitRequestQuestions.Answers();
    
    private final VisitRequests visitRequests;

    BookingFlowView(Bookings bookings, VisitRequests visitRequests, MunicipalityDirectory municipalities,
                    BookingLimits limits, CalendarFiles calendarFiles, Clock clock) {
        this.bookings = bookings;
        this.visitRequests = visitRequests;
        this.municipalities = municipalities;
        this.limiter = limits.bookingAttempts();
        this.calendarFiles = calendarFiles;
        this.clock = clock;
        addClassName("booking-flow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get(CitizenLayout.MUNICIPALITY_PARAMETER).orElse("");
        municipality = municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
        types = bookings.meetingTypes(slug);
        contact.setLanguage(getLocale());
        showType();
    }

    // ------------------------------------------------------------------ step 1: what kind of meeting

    private void showType() {
        var page = page(1, isRequest() ? REQUEST_STEPS : BOOKING_STEPS, "booking.type.title");
        var errors = new ErrorSummary();
        var choice = new RadioButtonGroup<MeetingTypeSummary>(getTranslation("booking.type.label"));
        choice.setId("meeting-type");
        choice.setItems(types);
        choice.setItemLabelGenerator(t -> t.name(getLocale()));
        choice.setRenderer(new ComponentRenderer<>(t -> {
            var label = new Div();
            label.addClassName("choice-label");
            var nameLine = new Span(t.name(getLocale()));
            nameLine.addClassName("choice-name");
            var hint = new Span(t.description(getLocale()));
            hint.addClassName("choice-hint");
            label.add(nameLine, hint);
            return label;
        }));
        if (type != null) {
            types.stream().filter(t -> t.id() == type.id()).findFirst().ifPresent(choice::setValue);
        }
        var info = new Div();
        info.addClassName("notice");
        info.setVisible(false);
        choice.addValueChangeListener(change -> {
            info.removeAll();
            var chosen = change.getValue();
            info.setVisible(chosen != null && chosen.kind() == MeetingKind.DROP_IN);
            if (chosen != null && chosen.kind() == MeetingKind.DROP_IN) {
                info.add(new Paragraph(getTranslation("booking.dropIn.info")));
                chosen.weeklyHours().forEach(hours -> info.add(new Paragraph(getTranslation("booking.dropIn.hours",
                        hours.day().getDisplayName(TextStyle.FULL, getLocale()),
                        hours.from(), hours.to()))));
                if (chosen.place() != null) {
                    info.add(new Paragraph(chosen.place().name() + ", " + chosen.place().addressLine()));
                }
            }
        });
        var next = primary("form.continue", () -> {
            errors.clear();
            var chosen = choice.getValue();
            if (chosen == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("booking.type.required"));
                errors.add(getTranslation("booking.type.required"), choice);
                errors.show();
                return;
            }
            if (chosen.kind() == MeetingKind.DROP_IN) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("booking.type.notBookable"));
                errors.add(getTranslation("booking.type.notBookable"), choice);
                errors.show();
                return;
            }
            if (type == null || type.id() != chosen.id()) {
                day = null;
                slot = null;
            }
            type = chosen;
            if (isRequest()) {
                showVisitRequest();
            } else {
                showDay();
            }
        });
        page.add(errors, choice, info, actions(next, null));
    }

    // ------------------------------------------------------------------ step 2: which day

    private void showDay() {
        var page = page(2, isRequest() ? REQUEST_STEPS : BOOKING_STEPS, "booking.day.title");
        var days = bookings.daysWithFreeSlots(type().id());
        if (days.isEmpty()) {
            page.add(new Paragraph(getTranslation("booking.day.none", municipality().contactPhone())),
                    actions(null, this::showType));
            return;
        }
        Map<LocalDate, Integer> counts = new LinkedHashMap<>();
        for (LocalDate free : days) {
            counts.put(free, bookings.freeSlots(type().id(), free).size());
        }
        page.add(new Paragraph(getTranslation("booking.day.hint")));
        page.add(new MonthCalendar(days, counts, getLocale(), picked -> {
            if (!picked.equals(day)) {
                slot = null;
            }
            day = picked;
            showTime();
        }));
        page.add(actions(null, this::showType));
    }

    // ------------------------------------------------------------------ step 3: which time

    private void showTime() {
        var page = page(3, isRequest() ? REQUEST_STEPS : BOOKING_STEPS, "booking.time.title");
        var errors = new ErrorSummary();
        var free = bookings.freeSlots(type().id(), day());
        var choice = timeChoice(free, getTranslation("booking.time.label", fullDate(day())));
        if (slot != null && free.contains(slot)) {
            choice.setValue(slot);
        }
        var next = primary("form.continue", () -> {
            errors.clear();
            if (choice.getValue() == null) {
                choice.setInvalid(true);
                choice.setErrorMessage(getTranslation("booking.time.required"));
                errors.add(getTranslation("booking.time.required"), choice);
                errors.show();
                return;
            }
            slot = choice.getValue();
            showDetails();
        });
        if (free.isEmpty()) {
            page.add(new Paragraph(getTranslation("booking.time.none")), actions(null, this::showDay));
            return;
        }
        page.add(errors, choice, actions(next, this::showDay));
    }

    private RadioButtonGroup<TimeSlot> timeChoice(List<TimeSlot> free, String label) {
        var choice = new RadioButtonGroup<TimeSlot>(label);
        choice.setId("time");
        choice.addClassName("time-choice");
        choice.setItems(free);
        choice.setItemLabelGenerator(this::whenText);
        return choice;
    }

    // ------------------------------------------------------------------ step 4: about you

    private void showDetails() {
        var page = page(isRequest() ? 3 : 4, isRequest() ? REQUEST_STEPS : BOOKING_STEPS, "booking.details.title");
        var errors = new ErrorSummary();
        var form = new ContactDetailsForm(contact, "booking.details.emailHint");
        var needsChoice = new CheckboxGroup<String>(getTranslation("booking.details.needs") + " " + getTranslation("form.optional"));
        needsChoice.setItems("interpreter", "stepFree", "companion");
        needsChoice.setItemLabelGenerator(key -> getTranslation("booking.details.needs." + key));
        needsChoice.setValue(needs);
        var otherNeedsField = new TextField(getTranslation("booking.details.otherNeeds") + " " + getTranslation("form.optional"));
        otherNeedsField.setValue(otherNeeds);
        otherNeedsField.setMaxLength(100);
        var warning = new Paragraph(getTranslation("booking.details.topicWarning"));
        warning.addClassName("notice");
        warning.setId("topic-warning");
        var topicField = new TextArea(getTranslation("booking.details.topic") + " " + getTranslation("form.optional"));
        topicField.setId("topic");
        topicField.setValue(topic);
        topicField.setMaxLength(CitizenContact.MAX_TOPIC);
        topicField.setValueChangeMode(ValueChangeMode.EAGER);
        topicField.setHelperText(getTranslation("form.charactersLeft", CitizenContact.MAX_TOPIC - topic.length()));
        topicField.addValueChangeListener(change -> topicField.setHelperText(
                getTranslation("form.charactersLeft", CitizenContact.MAX_TOPIC - change.getValue().length())));
        topicField.getElement().setAttribute("aria-describedby", "topic-warning");

        var next = primary("form.continue", () -> {
            errors.clear();
            boolean taken = form.writeTo(contact, errors);
            needs = needsChoice.getValue();
            otherNeeds = otherNeedsField.getValue().strip();
            topic = topicField.getValue().strip();
            if (!taken) {
                errors.show();
                return;
            }
            if (isRequest()) {
                showRequestCheck();
            } else {
                showCheck();
            }
        });
        page.add(errors, form);
        if (!isRequest()) {
            page.add(needsChoice, otherNeedsField, warning, topicField);
        }
        page.add(actions(next, isRequest() ? this::showVisitRequest : this::showTime));
    }

    // ------------------------------------------------------------------ step 5: check your answers

    private void showCheck() {
        var page = page(5, isRequest() ? REQUEST_STEPS : BOOKING_STEPS, "booking.check.title");
        var errors = new ErrorSummary();
        page.add(errors);
        if (!alternatives.isEmpty()) {
            errors.add(getTranslation("booking.error.taken"), page);
            var choice = timeChoice(alternatives, getTranslation("booking.check.alternatives"));
            var take = primary("booking.check.takeAlternative", () -> {
                if (choice.getValue() != null) {
                    slot = choice.getValue();
                    day = slot.day();
                    alternatives = List.of();
                    showCheck();
                }
            });
            page.add(choice, take);
            errors.show();
        }
        var list = new DescriptionList();
        list.addClassName("summary-list");
        addRow(list, "booking.check.type", type().name(getLocale()), this::showType);
        addRow(list, "booking.check.when", whenText(slot()), this::showDay);
        addRow(list, "booking.check.where", whereText(), this::showType);
        addRow(list, "booking.check.name", contact.name(), this::showDetails);
        addRow(list, "booking.check.contact", String.join(", ", nonBlank(contact.email(), contact.phone())), this::showDetails);
        addRow(list, "booking.check.language", getTranslation("booking.details.language." + contact.language().getLanguage()), this::showDetails);
        addRow(list, "booking.check.needs", needsText(), this::showDetails);
        addRow(list, "booking.check.topic", topic.isEmpty() ? getTranslation("booking.check.none") : topic, this::showDetails);
        page.add(list);
        var confirm = primary("booking.check.confirm", () -> submit(errors));
        page.add(actions(confirm, this::showDetails));
    }

    private void submit(ErrorSummary errors) {
        errors.clear();
        String client = ClientAddress.current();
        if (!limiter.tryAcquire(client)) {
            errors.add(getTranslation("booking.error.RATE_LIMITED"), this);
            errors.show();
            return;
        }
        try {
            var confirmation = bookings.book(type().id(), slot(), new CitizenContact(contact.name(), contact.email(),
                    contact.phone(), contact.language(), needsForBooking(), topic));
            showConfirmation(confirmation);
        } catch (SlotTakenException e) {
            alternatives = e.alternatives();
            showCheck();
        } catch (BookingRefusedException e) {
            errors.add(getTranslation("booking.error." + e.reason().name(), municipality().contactPhone()), this);
            errors.show();
        } catch (CitizenContact.InvalidContactException e) {
            showDetails();
        }
    }

    // ------------------------------------------------------------------ confirmation

    private void showConfirmation(BookingConfirmation confirmation) {
        startPage(getTranslation("booking.done.title"));
        var panel = new Div(new H1(getPageHeading()), new Paragraph(getTranslation("booking.done.reference")));
        panel.addClassName("confirmation-panel");
        var reference = new Span(confirmation.reference());
        reference.addClassName("reference");
        panel.add(reference);
        add(panel);
        add(new Paragraph(getTranslation("booking.done.when", type().name(getLocale()), whenText(confirmation.slot()))),
                new Paragraph(whereText()),
                new H2(getTranslation("booking.done.next")),
                new Paragraph(contact.email().isEmpty() ? getTranslation("booking.done.noMail")
                        : getTranslation("booking.done.mail", contact.email())),
                new Paragraph(getTranslation("booking.done.change")));
        var ics = DownloadLink.of(getTranslation("booking.done.addToCalendar"),
                "borgerraadgiver-" + confirmation.reference() + ".ics", "text/calendar",
                () -> calendarFiles.icsFor(confirmation.bookingId(), confirmation.manageToken()).getBytes(StandardCharsets.UTF_8));
        ics.addClassNames("button-link", "button-link--secondary");
        var manage = new Anchor("/booking/" + confirmation.manageToken(), getTranslation("booking.done.manage"));
        var links = new Div(ics, manage);
        links.addClassName("entry-points");
        add(links);
    }

    // ------------------------------------------------------------------ home visit: a request, not a booking

    private boolean isRequest() {
        return type != null && type.kind() == MeetingKind.HOME_VISIT;
    }

    private void showVisitRequest() {
        var page = page(2, isRequest() ? REQUEST_STEPS : BOOKING_STEPS, "visit.title");
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
            showDetails();
        });
        page.add(errors, new Paragraph(getTranslation("visit.intro", municipality().callbackWorkingDays())), questions,
                actions(next, this::showType));
    }

    private void showRequestCheck() {
        var page = page(4, isRequest() ? REQUEST_STEPS : BOOKING_STEPS, "booking.check.title");
        var errors = new ErrorSummary();
        page.add(errors);
        var list = new DescriptionList();
        list.addClassName("summary-list");
        var format = DateTimeFormatter.ofPattern(getTranslation("format.weekdayDateTime"), getLocale());
        addRow(list, "booking.check.type", type().name(getLocale()), this::showType);
        addRow(list, "visit.place", visit.place, this::showVisitRequest);
        addRow(list, "visit.reason", visit.reason, this::showVisitRequest);
        addRow(list, "visit.proposals", String.join("; ", visit.proposals.stream().map(format::format).toList()), this::showVisitRequest);
        addRow(list, "booking.check.name", contact.name(), this::showDetails);
        addRow(list, "booking.check.contact", String.join(", ", nonBlank(contact.email(), contact.phone())), this::showDetails);
        page.add(list);
        var send = primary("visit.send", () -> {
            errors.clear();
            String client = ClientAddress.current();
            if (!limiter.tryAcquire(client)) {
                errors.add(getTranslation("booking.error.RATE_LIMITED"), this);
                errors.show();
                return;
            }
            try {
                var reference = visitRequests.request(type().id(), new CitizenContact(contact.name(), contact.email(), contact.phone(), contact.language(), "", null),
                        visit.place, visit.reason, visit.proposals.stream().map(time -> time.atZone(PortalTime.ZONE).toInstant()).toList());
                showRequestReceipt(reference);
            } catch (BookingRefusedException e) {
                errors.add(getTranslation("visit.error.proposal"), this);
                errors.show();
            }
        });
        page.add(actions(send, this::showDetails));
    }

    private void showRequestReceipt(String reference) {
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

    // ------------------------------------------------------------------ helpers

    private String whenText(TimeSlot when) {
        return BookingTexts.when(this, getLocale(), when);
    }

    private String whereText() {
        return BookingTexts.where(this, type().kind(), type().place());
    }

    private String needsText() {
        var text = needsForBooking();
        return text.isEmpty() ? getTranslation("booking.check.none") : text;
    }

    private String needsForBooking() {
        var parts = new ArrayList<String>();
        needs.stream().sorted().forEach(key -> parts.add(getTranslation("booking.details.needs." + key)));
        if (!otherNeeds.isBlank()) {
            parts.add(otherNeeds);
        }
        return String.join(", ", parts);
    }

    private String fullDate(LocalDate date) {
        return BookingTexts.fullDate(date, getLocale());
    }

    private static List<String> nonBlank(String... values) {
        return Arrays.stream(values).filter(v -> !v.isBlank()).toList();
    }

    private MunicipalityProfile municipality() {
        return Objects.requireNonNull(municipality);
    }

    private MeetingTypeSummary type() {
        return Objects.requireNonNull(type);
    }

    private LocalDate day() {
        return Objects.requireNonNull(day);
    }

    private TimeSlot slot() {
        return Objects.requireNonNull(slot);
    }


    @Override
    protected String firstTitleKey() {
        return "booking.type.title";
    }
}
