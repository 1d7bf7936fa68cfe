package dk.borgerraadgiver.booking.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.DescriptionList;
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
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import dk.borgerraadgiver.security.CitizenSignInPanel;
import dk.borgerraadgiver.shared.ui.PrivacyNotice;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.ContactDetailsForm;
import dk.borgerraadgiver.shared.ui.ContactDetailsForm.ContactDetails;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import dk.borgerraadgiver.shared.ui.QuestionFlow;
import dk.borgerraadgiver.shared.ui.CharacterCount;
import org.jspecify.annotations.Nullable;
import java.util.Arrays;
import java.util.Objects;

/**
 * The citizen books a meeting, one question per page: meeting type, day, time, contact details,
 * check your answers, confirmation. Answers are kept when going back; the server checks everything
 * again at the end, and a time taken meanwhile is answered with the nearest free ones. A home visit
 * is asked for in {@link VisitRequestFlowView}.
 */
@Route(value = ":" + CitizenLayout.MUNICIPALITY_PARAMETER + "/book", layout = CitizenLayout.class)
@AnonymousAllowed
class BookingFlowView extends QuestionFlow implements BeforeEnterObserver {

    private static final int BOOKING_STEPS = 5;

    private final Bookings bookings;
    private final MunicipalityDirectory municipalities;
    private final BookingLimits limits;
    private final CalendarFiles calendarFiles;
    private @Nullable MunicipalityProfile municipality;
    private List<MeetingTypeSummary> types = List.of();

    // The answers so far
    private @Nullable MeetingTypeSummary type;
    private @Nullable LocalDate day;
    private @Nullable TimeSlot slot;
    private final ContactDetails contact = new ContactDetails();
    private MeetingNeeds needs = MeetingNeeds.NONE;
    private String topic = "";
    private List<TimeSlot> alternatives = List.of();


    BookingFlowView(Bookings bookings, MunicipalityDirectory municipalities, BookingLimits limits,
                    CalendarFiles calendarFiles) {
        this.bookings = bookings;
        this.municipalities = municipalities;
        this.limits = limits;
        this.calendarFiles = calendarFiles;
        addClassName("booking-flow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get(CitizenLayout.MUNICIPALITY_PARAMETER).orElse("");
        municipality = municipalities.findBySlug(slug).orElseThrow(NotFoundException::new);
        if (municipality.paused()) {
            event.forwardTo(slug);
            return;
        }
        types = bookings.meetingTypes(slug);
        contact.setPageLanguage(getLocale());
        showType();
    }

    // ------------------------------------------------------------------ step 1: what kind of meeting

    private void showType() {
        // A meeting takes five steps and a home visit four, so the first page does not promise a total.
        var page = page(1, 0, "booking.type.title");
        var errors = new ErrorSummary();
        var choice = new MeetingTypeChoice(types, type);
        var next = primary("form.continue", () -> {
            errors.clear();
            var chosen = choice.value();
            if (chosen == null) {
                errors.add(getTranslation("booking.type.required"), choice.refuse(getTranslation("booking.type.required")));
                errors.show();
                return;
            }
            if (chosen.kind() == MeetingKind.DROP_IN) {
                showDropIn(chosen);
                return;
            }
            if (type == null || type.id() != chosen.id()) {
                day = null;
                slot = null;
            }
            type = chosen;
            if (chosen.kind() == MeetingKind.HOME_VISIT) {
                getUI().ifPresent(ui -> ui.navigate(VisitRequestFlowView.class,
                        VisitRequestFlowView.parameters(municipality().slug())));
                return;
            }
            showDay();
        });
        page.add(new CitizenSignInPanel("/" + municipality().slug() + "/book"), errors, choice, actions(next, null));
    }

    /** The library drop-in needs no booking: not a mistake, so a page that says when and where instead of an error. */
    private void showDropIn(MeetingTypeSummary dropIn) {
        startPage(getTranslation("booking.dropIn.title"));
        add(new DropInPage(getPageHeading(), dropIn, getLocale(), this::showType));
    }

    // ------------------------------------------------------------------ step 2: which day

    private void showDay() {
        var page = page(2, BOOKING_STEPS, "booking.day.title");
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
        var page = page(3, BOOKING_STEPS, "booking.time.title");
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
            continueTo(this::showDetails, this::showCheck);
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
        var page = page(4, BOOKING_STEPS, "booking.details.title");
        var errors = new ErrorSummary();
        var form = new ContactDetailsForm(contact, "booking.details.emailHint");
        CitizenSignInPanel.prefill(form);
        var needsChoice = new CheckboxGroup<String>(getTranslation("booking.details.needs") + " " + getTranslation("form.optional"));
        needsChoice.setItems("interpreter", "stepFree", "companion");
        needsChoice.setItemLabelGenerator(key -> getTranslation("booking.details.needs." + key));
        needsChoice.setValue(needs.chosen());
        var otherNeedsField = new TextField(getTranslation("booking.details.otherNeeds") + " " + getTranslation("form.optional"));
        otherNeedsField.setValue(needs.other());
        otherNeedsField.setMaxLength(100);
        var warning = new Paragraph(getTranslation("booking.details.topicWarning"));
        warning.addClassName("notice");
        warning.setId("topic-warning");
        var topicField = new TextArea(getTranslation("booking.details.topic") + " " + getTranslation("form.optional"));
        topicField.setId("topic");
        topicField.setValue(topic);
        topicField.setValueChangeMode(ValueChangeMode.EAGER);
        CharacterCount.limit(topicField, CitizenContact.MAX_TOPIC);
        topicField.getElement().setAttribute("aria-describedby", "topic-warning");

        var next = primary("form.continue", () -> {
            errors.clear();
            boolean taken = form.writeTo(contact, errors);
            needs = new MeetingNeeds(needsChoice.getValue(), otherNeedsField.getValue().strip());
            topic = topicField.getValue().strip();
            if (!taken) {
                errors.show();
                return;
            }
            showCheck();
        });
        page.add(errors, form, needsChoice, otherNeedsField, warning, topicField,
                PrivacyNotice.forMeeting(municipality().name(), municipalities.retention(municipality().id()).meetingMonths()),
                actions(next, this::showTime));
    }

    // ------------------------------------------------------------------ step 5: check your answers

    private void showCheck() {
        var page = page(5, BOOKING_STEPS, "booking.check.title");
        checkReached();
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
        addRow(list, "booking.check.language", ContactDetailsForm.languageText(this, contact), this::showDetails);
        addRow(list, "booking.check.needs", needsText(), this::showDetails);
        addRow(list, "booking.check.topic", topic.isEmpty() ? getTranslation("booking.check.none") : topic, this::showDetails);
        page.add(list);
        var confirm = primary("booking.check.confirm", () -> submit(errors));
        page.add(actions(confirm, this::showDetails));
    }

    private void submit(ErrorSummary errors) {
        errors.clear();
        if (!limits.allowed(errors, this)) {
            return;
        }
        try {
            var confirmation = bookings.book(type().id(), slot(), new CitizenContact(contact.name(), contact.email(),
                    contact.phone(), contact.language(), needs.describe(this::getTranslation), topic));
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
        add(new BookingConfirmationPanel(getPageHeading(), confirmation,
                getTranslation("booking.done.when", type().name(getLocale()), whenText(confirmation.slot())), whereText(),
                contact.email(), calendarFiles));
    }

    // ------------------------------------------------------------------ helpers

    private String whenText(TimeSlot when) {
        return BookingTexts.when(this, getLocale(), when);
    }

    private String whereText() {
        return BookingTexts.where(this, type().kind(), type().place());
    }

    private String needsText() {
        var text = needs.describe(this::getTranslation);
        return text.isEmpty() ? getTranslation("booking.check.none") : text;
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
