package dk.borgerraadgiver.booking.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import dk.borgerraadgiver.shared.ui.FieldTexts;
import dk.borgerraadgiver.shared.ui.PortalDatePicker;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.booking.AdvisorAgenda;
import dk.borgerraadgiver.booking.BookingChannel;
import dk.borgerraadgiver.booking.BookingDetails;
import dk.borgerraadgiver.booking.BookingRefusedException;
import dk.borgerraadgiver.booking.BookingStatus;
import dk.borgerraadgiver.booking.CitizenContact;
import dk.borgerraadgiver.booking.MeetingTypeSummary;
import dk.borgerraadgiver.booking.SlotTakenException;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The advisor's week across every municipality they serve: who is coming, how to reach them and
 * what they need; mark attended or no-show, cancel, and book for a citizen who phones.
 */
@Route("backoffice/aftaler")
@Menu(order = 10, title = "menu.agenda", icon = "vaadin:calendar-clock")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class AgendaView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final AdvisorAgenda agenda;
    private final Clock clock;
    private LocalDate weekStart;
    private LocalDate day;
    private boolean dayView;
    private final Div content = new Div();

    AgendaView(AdvisorAgenda agenda, Clock clock) {
        this.agenda = agenda;
        this.clock = clock;
        this.day = PortalTime.today(clock);
        this.weekStart = day.with(DayOfWeek.MONDAY);
        addClassName("backoffice-page");
        add(content);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        content.removeAll();
        var locale = getLocale();
        var weekEnd = weekStart.plusDays(6);
        var dates = DateTimeFormatter.ofPattern("d. MMMM yyyy", locale);
        content.add(new H1(getTranslation("agenda.heading")));
        var mode = new RadioButtonGroup<Boolean>(getTranslation("agenda.view"));
        mode.setItems(Boolean.TRUE, Boolean.FALSE);
        mode.setItemLabelGenerator(isDay -> getTranslation(isDay ? "agenda.view.day" : "agenda.view.week"));
        mode.setValue(dayView);
        mode.addValueChangeListener(change -> {
            dayView = change.getValue();
            render();
        });
        var previous = new Button(getTranslation(dayView ? "agenda.previousDay" : "agenda.previousWeek"), click -> {
            day = dayView ? day.minusDays(1) : day.minusWeeks(1);
            weekStart = day.with(DayOfWeek.MONDAY);
            render();
        });
        var today = new Button(getTranslation(dayView ? "agenda.today" : "agenda.thisWeek"), click -> {
            day = PortalTime.today(clock);
            weekStart = day.with(DayOfWeek.MONDAY);
            render();
        });
        var next = new Button(getTranslation(dayView ? "agenda.nextDay" : "agenda.nextWeek"), click -> {
            day = dayView ? day.plusDays(1) : day.plusWeeks(1);
            weekStart = day.with(DayOfWeek.MONDAY);
            render();
        });
        var week = new H2(dayView
                ? DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", locale).format(day)
                : getTranslation("agenda.week", weekStart.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                dates.format(weekStart), dates.format(weekEnd)));
        week.setId("agenda-week");
        var bar = new Div(previous, today, next);
        bar.addClassName("form-actions");
        content.add(mode, bar, week);

        var entries = dayView ? agenda.agenda(day, day) : agenda.agenda(weekStart, weekEnd);
        if (entries.isEmpty()) {
            content.add(new Paragraph(getTranslation("agenda.empty")));
        } else {
            var grid = new Grid<BookingDetails>();
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setItems(entries);
            var when = DateTimeFormatter.ofPattern("EEE d/M HH:mm", locale);
            grid.addColumn(b -> when.format(b.slot().localStart())).setHeader(getTranslation("agenda.when")).setAutoWidth(true);
            grid.addColumn(BookingDetails::municipalityName).setHeader(getTranslation("agenda.municipality")).setAutoWidth(true);
            grid.addColumn(b -> b.meetingName(locale)).setHeader(getTranslation("agenda.type")).setAutoWidth(true);
            grid.addColumn(BookingDetails::citizenName).setHeader(getTranslation("agenda.citizen")).setAutoWidth(true);
            grid.addColumn(b -> String.join(" · ", Stream.of(b.citizenPhone(), b.citizenEmail())
                    .filter(Objects::nonNull).toList())).setHeader(getTranslation("agenda.contact"))
                    .setTooltipGenerator(b -> String.join(" · ", Stream.of(b.citizenPhone(), b.citizenEmail())
                            .filter(Objects::nonNull).toList()));
            grid.addColumn(BookingDetails::needs).setHeader(getTranslation("agenda.needs")).setTooltipGenerator(BookingDetails::needs);
            grid.addColumn(b -> getTranslation("manage.status." + b.status().name())
                    + (b.channel() == BookingChannel.ASSISTED ? " · " + getTranslation("agenda.assisted") : ""))
                    .setHeader(getTranslation("agenda.status")).setAutoWidth(true);
            grid.addComponentColumn(this::actions).setHeader(getTranslation("agenda.actions")).setAutoWidth(true)
                    .setFrozenToEnd(true);
            grid.setAllRowsVisible(true);
            grid.setAriaLabel(week.getText());
            content.add(grid);
        }
        content.add(assistedBooking());
    }

    private Div actions(BookingDetails booking) {
        var actions = new Div();
        actions.addClassName("row-actions");
        if (booking.status() != BookingStatus.CONFIRMED) {
            return actions;
        }
        var label = booking.citizenName() + " " + booking.slot().localStart().toLocalTime();
        var attended = new Button(getTranslation("agenda.attended"), click -> {
            agenda.markOutcome(booking.id(), BookingStatus.ATTENDED);
            render();
        });
        attended.setAriaLabel(getTranslation("agenda.attended") + ": " + label);
        var noShow = new Button(getTranslation("agenda.noShow"), click -> {
            agenda.markOutcome(booking.id(), BookingStatus.NO_SHOW);
            render();
        });
        noShow.setAriaLabel(getTranslation("agenda.noShow") + ": " + label);
        var cancel = new Button(getTranslation("agenda.cancel"), click -> confirmCancel(booking));
        cancel.setAriaLabel(getTranslation("agenda.cancel") + ": " + label);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (var button : new Button[]{attended, noShow, cancel}) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(button);
        }
        return actions;
    }

    private void confirmCancel(BookingDetails booking) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("agenda.cancelTitle", booking.citizenName()));
        var message = new TextArea(getTranslation("agenda.cancelMessage"));
        message.setMaxLength(500);
        message.setWidthFull();
        message.setHelperText(getTranslation("agenda.cancelHint"));
        dialog.add(message);
        var confirm = new Button(getTranslation("agenda.cancelConfirm"), click -> {
            agenda.cancel(booking.id(), message.getValue());
            dialog.close();
            Notification.show(getTranslation("agenda.cancelled")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        var keep = new Button(getTranslation("manage.cancel.keep"), click -> dialog.close());
        dialog.getFooter().add(keep, confirm);
        dialog.open();
    }

    private Details assistedBooking() {
        var form = new Div();
        form.addClassName("assisted-form");
        var type = new PortalSelect<MeetingTypeSummary>();
        type.setLabel(getTranslation("agenda.book.type"));
        type.setItems(agenda.bookableMeetingTypes());
        type.setItemLabelGenerator(t -> t.name(getLocale()) + " – " + t.municipalityName());
        var day = new PortalDatePicker(getTranslation("agenda.book.day"));
        day.setLocale(getLocale());
        day.setMin(PortalTime.today(clock));
        var time = new PortalSelect<TimeSlot>();
        time.setLabel(getTranslation("agenda.book.time"));
        var clockFormat = DateTimeFormatter.ofPattern("HH:mm");
        time.setItemLabelGenerator(s -> clockFormat.format(s.localStart()) + "–" + clockFormat.format(s.localEnd()));
        Runnable refreshTimes = () -> {
            if (type.getValue() != null && day.getValue() != null) {
                var free = agenda.freeSlots(type.getValue().id(), day.getValue());
                time.setItems(free);
                time.setHelperText(free.isEmpty() ? getTranslation("agenda.book.noTimes") : null);
            }
        };
        type.addValueChangeListener(change -> refreshTimes.run());
        day.addValueChangeListener(change -> refreshTimes.run());
        var name = new TextField(getTranslation("booking.details.name"));
        var phone = new TextField(getTranslation("booking.details.phone"));
        var email = new EmailField(getTranslation("booking.details.email") + " " + getTranslation("form.optional"));
        email.setI18n(FieldTexts.email(this));
        var language = new PortalSelect<Locale>();
        language.setLabel(getTranslation("booking.details.language"));
        language.setItems(PortalLanguages.SUPPORTED);
        language.setItemLabelGenerator(l -> getTranslation("booking.details.language." + l.getLanguage()));
        language.setValue(PortalLanguages.DANISH);
        var needs = new TextField(getTranslation("agenda.needs") + " " + getTranslation("form.optional"));
        var book = new Button(getTranslation("agenda.book.submit"), click -> {
            if (type.getValue() == null || time.getValue() == null) {
                Notification.show(getTranslation("agenda.book.incomplete")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            try {
                var contact = new CitizenContact(name.getValue(), email.getValue(), phone.getValue(), language.getValue(),
                        needs.getValue(), null);
                var confirmation = agenda.bookForCitizen(type.getValue().id(), time.getValue(), contact);
                Notification.show(getTranslation("agenda.book.done", confirmation.reference()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                this.day = time.getValue().day();
                weekStart = this.day.with(DayOfWeek.MONDAY);
                render();
            } catch (CitizenContact.InvalidContactException e) {
                Notification.show(getTranslation("agenda.book.invalid." + e.field())).addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (SlotTakenException e) {
                Notification.show(getTranslation("booking.error.taken")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                refreshTimes.run();
            } catch (BookingRefusedException e) {
                Notification.show(getTranslation("booking.error." + e.reason().name(), ""))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(type, day, time, name, phone, email, language, needs, book);
        var details = new Details(new Span(getTranslation("agenda.book.heading")), form);
        details.addClassName("assisted-booking");
        return details;
    }


    @Override
    public String getPageTitle() {
        return getTranslation("agenda.heading") + " – " + getTranslation("backoffice.title");
    }
}
