package dk.borgerraadgiver.booking.ui;

import com.vaadin.flow.component.html.Anchor;
import dk.borgerraadgiver.shared.ui.HeadingFocus;
import java.util.Optional;
import dk.borgerraadgiver.shared.ui.MunicipalityPage;
import java.time.LocalDate;
import java.util.LinkedHashMap;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.booking.BookingDetails;
import dk.borgerraadgiver.booking.BookingRefusedException;
import dk.borgerraadgiver.booking.BookingStatus;
import dk.borgerraadgiver.booking.Bookings;
import dk.borgerraadgiver.booking.SlotTakenException;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.ui.ExpiredLinkNotice;
import dk.borgerraadgiver.shared.ui.CitizenLayout;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * The private page behind the link in the confirmation mail: see, cancel or move this one booking.
 * A wrong, cancelled or too-late link says so plainly and shows nothing else.
 */
@Route(value = "booking/:token", layout = CitizenLayout.class)
@AnonymousAllowed
class ManageBookingView extends Div implements BeforeEnterObserver, HasDynamicTitle, MunicipalityPage {

    private final Bookings bookings;
    private final BookingLimits limits;
    private final MunicipalityDirectory municipalities;
    private String token = "";
    private @Nullable BookingDetails booking;
    private String title = "";
    private @Nullable Long municipalityId;

    ManageBookingView(Bookings bookings, BookingLimits limits, MunicipalityDirectory municipalities) {
        this.bookings = bookings;
        this.municipalities = municipalities;
        this.limits = limits;
        addClassName("prose");
    }

    @Override
    public Optional<Long> municipalityId() {
        return Optional.ofNullable(municipalityId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        load();
    }

    private void load() {
        booking = bookings.findByLink(token).orElse(null);
        removeAll();
        if (booking == null) {
            var expired = bookings.expiredLinkMunicipality(token).flatMap(municipalities::findById);
            municipalityId = expired.map(m -> m.id()).orElse(null);
            title = getTranslation(expired.isPresent() ? "link.expired.title" : "manage.unknown.title");
            expired.ifPresentOrElse(m -> add(new ExpiredLinkNotice(m.name(), m.contactPhone())),
                    () -> add(new H1(title), new Paragraph(getTranslation("manage.unknown.text"))));
            return;
        }
        municipalityId = booking.municipalityId();
        title = getTranslation("manage.title");
        add(new H1(title));
        var details = new DescriptionList();
        details.addClassName("summary-list");
        details.add(new DescriptionList.Term(getTranslation("booking.check.type")),
                new DescriptionList.Description(booking.meetingName(getLocale())),
                new DescriptionList.Term(getTranslation("booking.check.when")),
                new DescriptionList.Description(when(booking.slot())),
                new DescriptionList.Term(getTranslation("booking.check.where")),
                new DescriptionList.Description(where(booking)),
                new DescriptionList.Term(getTranslation("manage.reference")),
                new DescriptionList.Description(booking.reference()),
                new DescriptionList.Term(getTranslation("manage.status")),
                new DescriptionList.Description(getTranslation("manage.status." + booking.status().name())));
        add(details);
        if (booking.status() != BookingStatus.CONFIRMED) {
            add(new Paragraph(getTranslation("manage.notActive")));
            return;
        }
        var cancel = new Button(getTranslation("manage.cancel"), click -> confirmCancel());
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var move = new Button(getTranslation("manage.move"), click -> showMove(null));
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(move, cancel);
        actions.addClassName("form-actions");
        add(actions);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void confirmCancel() {
        removeAll();
        title = getTranslation("manage.cancel.title");
        var errors = new ErrorSummary();
        add(new H1(title), errors, new Paragraph(getTranslation("manage.cancel.text", when(booking().slot()))));
        HeadingFocus.moveTo(this);
        var yes = new Button(getTranslation("manage.cancel.confirm"), click -> {
            if (!allowed(errors)) {
                return;
            }
            try {
                var slug = booking().municipalitySlug();
                bookings.cancelByLink(token);
                removeAll();
                title = getTranslation("manage.cancelled.title");
                // The next useful thing: a new time.
                var again = new Anchor("/" + slug + "/book", getTranslation("manage.cancelled.bookAgain"));
                again.addClassNames("button-link", "button-link--primary");
                add(new H1(title), new Paragraph(getTranslation("manage.cancelled.text")), again);
                getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
                HeadingFocus.moveTo(this);
            } catch (BookingRefusedException e) {
                errors.add(getTranslation("booking.error." + e.reason().name(), ""), this);
                errors.show();
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var no = new Button(getTranslation("manage.cancel.keep"), click -> reload());
        no.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new Div(yes, no);
        actions.addClassName("form-actions");
        add(actions);
    }

    private void showMove(@Nullable LocalDate chosenDay) {
        removeAll();
        title = getTranslation("manage.move.title");
        var errors = new ErrorSummary();
        // She sees the time she has while she picks another.
        add(new H1(title), errors, new Paragraph(getTranslation("manage.move.current", when(booking().slot()))));
        HeadingFocus.moveTo(this);
        if (chosenDay == null) {
            var days = bookings.daysWithFreeSlotsForMove(token);
            var counts = new LinkedHashMap<LocalDate, Integer>();
            days.forEach(day -> counts.put(day, bookings.freeSlotsForMove(token, day).size()));
            add(new Paragraph(getTranslation("booking.day.hint")), new MonthCalendar(days, counts, getLocale(), this::showMove));
        } else {
            var free = bookings.freeSlotsForMove(token, chosenDay);
            var choice = new RadioButtonGroup<TimeSlot>(getTranslation("booking.time.label", fullDate(chosenDay)));
            choice.setId("time");
            choice.setItems(free);
            choice.setItemLabelGenerator(this::when);
            var save = new Button(getTranslation("manage.move.confirm"), click -> {
                errors.clear();
                if (choice.getValue() == null) {
                    errors.add(getTranslation("booking.time.required"), choice);
                    errors.show();
                    return;
                }
                if (!allowed(errors)) {
                    return;
                }
                try {
                    bookings.moveByLink(token, choice.getValue());
                    moved(choice.getValue());
                } catch (SlotTakenException e) {
                    errors.add(getTranslation("booking.error.taken"), choice);
                    choice.setItems(e.alternatives());
                    errors.show();
                } catch (BookingRefusedException e) {
                    errors.add(getTranslation("booking.error." + e.reason().name(), ""), choice);
                    errors.show();
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(choice, save);
        }
        var back = new Button(getTranslation("form.back"), click -> reload());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** GOV.UK's confirmation: what happened, the new time, and the way back to the meeting. */
    private void moved(TimeSlot slot) {
        removeAll();
        title = getTranslation("manage.moved.title");
        var show = new Button(getTranslation("manage.moved.show"), click -> reload());
        show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var panel = new Div(new H1(title), new Paragraph(getTranslation("manage.moved.text", when(slot))));
        panel.addClassName("confirmation-panel");
        add(panel, new Paragraph(getTranslation("manage.moved.mail")), show);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        HeadingFocus.moveTo(this);
    }

    private void reload() {
        load();
        HeadingFocus.moveTo(this);
    }

    private boolean allowed(ErrorSummary errors) {
        return limits.allowed(errors, this);
    }

    private String when(TimeSlot slot) {
        return BookingTexts.when(this, getLocale(), slot);
    }

    private String where(BookingDetails details) {
        return BookingTexts.where(this, details.kind(), details.place());
    }

    private String fullDate(LocalDate date) {
        return BookingTexts.fullDate(date, getLocale());
    }

    private BookingDetails booking() {
        return Objects.requireNonNull(booking);
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("manage.title") : title) + " – " + getTranslation("layout.serviceName");
    }
}
