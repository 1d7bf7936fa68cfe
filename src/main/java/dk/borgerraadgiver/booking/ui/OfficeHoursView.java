package dk.borgerraadgiver.booking.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import dk.borgerraadgiver.shared.ui.FieldTexts;
import dk.borgerraadgiver.shared.ui.PortalDatePicker;
import dk.borgerraadgiver.shared.ui.PortalTimePicker;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.Binder;
import java.util.Objects;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.booking.BookingDetails;
import dk.borgerraadgiver.booking.MeetingKind;
import dk.borgerraadgiver.booking.OfficeHoursAdministration;
import dk.borgerraadgiver.booking.OfficeHoursAdministration.ClosedPeriodView;
import dk.borgerraadgiver.booking.OfficeHoursAdministration.MeetingTypeSettings;
import dk.borgerraadgiver.booking.SlotRules;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.checkbox.Checkbox;
import dk.borgerraadgiver.booking.DanishHolidays;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

/**
 * Office hours: each meeting type's slot length, buffer, notice, horizon and weekly hours, and the
 * closures and absences. After each change the bookings that no longer fit are listed; none is cancelled.
 */
@Route("backoffice/traeffetider")
@Menu(order = 40, title = "menu.officeHours", icon = "vaadin:clock")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class OfficeHoursView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final OfficeHoursAdministration administration;
    private final Clock clock;
    private final Div outside = new Div();

    OfficeHoursView(OfficeHoursAdministration administration, Clock clock) {
        this.administration = administration;
        this.clock = clock;
        addClassName("backoffice-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("hours.heading")), new Paragraph(getTranslation("hours.intro")));
        outside.removeAll();
        outside.getElement().setAttribute("aria-live", "polite");
        add(outside);
        showOutside(administration.leftOutside());
        add(new H2(getTranslation("hours.types")));
        for (var municipality : administration.withoutMeetingTypes()) {
            var open = new Button(getTranslation("hours.openBooking", municipality.name()), click -> {
                int made = administration.openBooking(municipality.id());
                Notification.show(getTranslation("hours.openedBooking", made, municipality.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            });
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            var card = new Div(new Paragraph(getTranslation("hours.noMeetingTypes", municipality.name())), open);
            card.addClassName("notice-card");
            add(card);
        }
        for (MeetingTypeSettings type : administration.meetingTypes()) {
            if (type.kind() == MeetingKind.HOME_VISIT) {
                continue;
            }
            add(editor(type));
        }
        add(new H2(getTranslation("hours.holidays")), new Paragraph(getTranslation("hours.holidaysIntro")));
        administration.meetingTypes().stream()
                .collect(Collectors.toMap(MeetingTypeSettings::municipalityId,
                        MeetingTypeSettings::municipalityName, (a, b) -> a, LinkedHashMap::new))
                .forEach((municipalityId, municipalityName) -> add(holidayForm(municipalityId, municipalityName)));
        add(new H2(getTranslation("hours.closures")));
        add(closureForm());
        var list = new UnorderedList();
        var dates = DateTimeFormatter.ofPattern("d. MMM yyyy", getLocale());
        for (ClosedPeriodView period : administration.closedPeriods()) {
            var remove = new Button(getTranslation("hours.remove"), click -> {
                administration.removeClosedPeriod(period.id());
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("hours.remove") + ": " + period.reason());
            list.add(new ListItem(new Span(dates.format(period.firstDay()) + " – " + dates.format(period.lastDay()) + ": "
                    + period.reason() + " (" + getTranslation(period.absence() ? "hours.absence" : "hours.closure") + ") "), remove));
        }
        add(list);
    }

    private Details editor(MeetingTypeSettings type) {
        var form = new Div();
        form.addClassName("assisted-form");
        var slot = integer("hours.slotMinutes");
        var buffer = integer("hours.bufferMinutes");
        var notice = integer("hours.noticeHours");
        var horizon = integer("hours.horizonDays");
        form.add(slot, buffer, notice, horizon);
        var settings = new Settings(type.slotMinutes(), type.bufferMinutes(), type.minimumNoticeHours(), type.horizonDays());
        var binder = new Binder<Settings>();
        bindCount(binder, slot, 5, s -> s.slotMinutes, (s, v) -> s.slotMinutes = v);
        bindCount(binder, buffer, 0, s -> s.bufferMinutes, (s, v) -> s.bufferMinutes = v);
        bindCount(binder, notice, 0, s -> s.noticeHours, (s, v) -> s.noticeHours = v);
        bindCount(binder, horizon, 1, s -> s.horizonDays, (s, v) -> s.horizonDays = v);
        binder.readBean(settings);
        var rows = new Div();
        rows.addClassName("hours-rows");
        var editors = new ArrayList<HoursRow>();
        type.weeklyHours().forEach(hours -> editors.add(new HoursRow(hours, rows, editors)));
        var addRow = new Button(getTranslation("hours.addDay"), click -> editors.add(new HoursRow(
                new SlotRules.WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(12, 0),
                        PortalTime.today(clock), null), rows, editors)));
        addRow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var save = new Button(getTranslation("hours.save"), click -> {
            boolean settingsOk = binder.writeBeanIfValid(settings);
            boolean rowsOk = editors.stream().map(HoursRow::valid).reduce(true, Boolean::logicalAnd);
            if (!settingsOk || !rowsOk) {
                binder.validate();
                Notification.show(getTranslation("hours.invalid")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            try {
                var hours = editors.stream().map(HoursRow::value).toList();
                showOutside(administration.update(type.id(), settings.slotMinutes, settings.bufferMinutes, settings.noticeHours,
                        settings.horizonDays, hours));
                Notification.show(getTranslation("hours.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException e) {
                Notification.show(getTranslation("hours.invalid")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var details = new Details(new Span(type.nameDanish() + " – " + type.municipalityName()), new Div(form, rows, addRow, save));
        details.addClassName("hours-editor");
        return details;
    }

    /** One weekday's opening hours in the editor. */
    /** One weekday's opening hours in the editor, checked by its own binder. */
    private final class HoursRow {
        private final Select<DayOfWeek> day = new PortalSelect<>();
        private final TimePicker from = new PortalTimePicker(getTranslation("hours.from"));
        private final TimePicker to = new PortalTimePicker(getTranslation("hours.to"));
        private final DatePicker validFrom = new PortalDatePicker(getTranslation("hours.validFrom"));
        private final DatePicker validTo = new PortalDatePicker(getTranslation("hours.validTo") + " " + getTranslation("form.optional"));
        private final Binder<Hours> binder = new Binder<>();
        private final Hours hours = new Hours();

        HoursRow(SlotRules.WeeklyHours current, Div container, List<HoursRow> all) {
            validFrom.setLocale(getLocale());
            validTo.setLocale(getLocale());
            day.setLabel(getTranslation("hours.day"));
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
            from.setLocale(getLocale());
            to.setLocale(getLocale());
            var required = getTranslation("hours.error.required");
            binder.forField(day).withValidator(Objects::nonNull, required).bind(h -> h.day, (h, v) -> h.day = v);
            binder.forField(from).withValidator(Objects::nonNull, required).bind(h -> h.from, (h, v) -> h.from = v);
            binder.forField(to).withValidator(Objects::nonNull, required)
                    .withValidator(end -> from.getValue() == null || end.isAfter(from.getValue()), getTranslation("hours.error.order"))
                    .bind(h -> h.to, (h, v) -> h.to = v);
            binder.forField(validFrom).withValidator(Objects::nonNull, required).bind(h -> h.validFrom, (h, v) -> h.validFrom = v);
            binder.forField(validTo).withValidator(end -> end == null || validFrom.getValue() == null
                    || !end.isBefore(validFrom.getValue()), getTranslation("hours.error.validTo"))
                    .bind(h -> h.validTo, (h, v) -> h.validTo = v);
            hours.day = current.day();
            hours.from = current.from();
            hours.to = current.to();
            hours.validFrom = current.validFrom();
            hours.validTo = current.validTo();
            binder.readBean(hours);
            var row = new Div(day, from, to, validFrom, validTo);
            var remove = new Button(getTranslation("hours.remove"), click -> {
                container.remove(row);
                all.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            row.add(remove);
            row.addClassName("assisted-form");
            container.add(row);
        }

        /** Takes the row's answers when all are right; marks each wrong field otherwise. */
        boolean valid() {
            if (binder.writeBeanIfValid(hours)) {
                return true;
            }
            binder.validate();
            return false;
        }

        SlotRules.WeeklyHours value() {
            return new SlotRules.WeeklyHours(Objects.requireNonNull(hours.day), Objects.requireNonNull(hours.from),
                    Objects.requireNonNull(hours.to), Objects.requireNonNull(hours.validFrom), hours.validTo);
        }
    }

    /** A weekday's hours as the row's binder writes them. */
    private static final class Hours {
        @Nullable DayOfWeek day;
        @Nullable LocalTime from;
        @Nullable LocalTime to;
        @Nullable LocalDate validFrom;
        @Nullable LocalDate validTo;
    }

    /** A meeting type's booking rules as the editor's binder writes them. */
    private static final class Settings {
        int slotMinutes;
        int bufferMinutes;
        int noticeHours;
        int horizonDays;

        Settings(int slotMinutes, int bufferMinutes, int noticeHours, int horizonDays) {
            this.slotMinutes = slotMinutes;
            this.bufferMinutes = bufferMinutes;
            this.noticeHours = noticeHours;
            this.horizonDays = horizonDays;
        }
    }

    private void bindCount(Binder<Settings> binder, IntegerField field, int minimum, ValueProvider<Settings, Integer> getter,
                           Setter<Settings, Integer> setter) {
        binder.forField(field).withValidator(value -> value != null && value >= minimum,
                getTranslation("hours.error.number", minimum)).bind(getter, setter);
    }

    private Div holidayForm(long municipalityId, String municipalityName) {
        var options = administration.holidayOptions(municipalityId);
        var christmasEve = new Checkbox(getTranslation("hours.christmasEve"), options.christmasEveClosed());
        var newYearsEve = new Checkbox(getTranslation("hours.newYearsEve"), options.newYearsEveClosed());
        var constitutionDay = new Checkbox(getTranslation("hours.constitutionDay"), options.constitutionDayClosed());
        var save = new Button(getTranslation("hours.saveFor", municipalityName), click -> {
            showOutside(administration.updateHolidayOptions(municipalityId, new DanishHolidays.Options(
                    christmasEve.getValue(), newYearsEve.getValue(), constitutionDay.getValue())));
            Notification.show(getTranslation("hours.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        var label = new Span(municipalityName);
        label.addClassName("upload-label");
        var form = new Div(label, christmasEve, newYearsEve, constitutionDay, save);
        form.addClassName("holiday-form");
        return form;
    }

    private Div closureForm() {
        var scope = new PortalSelect<Long>();
        scope.setLabel(getTranslation("hours.closesWhat"));
        var municipalities = administration.meetingTypes().stream()
                .collect(Collectors.toMap(MeetingTypeSettings::municipalityId,
                        MeetingTypeSettings::municipalityName, (a, b) -> a, LinkedHashMap::new));
        var choices = new ArrayList<Long>();
        choices.add(-1L);
        choices.addAll(municipalities.keySet());
        scope.setItems(choices);
        scope.setItemLabelGenerator(id -> id == -1L ? getTranslation("hours.myAbsence")
                : getTranslation("hours.closureOf", municipalities.get(id)));
        scope.setValue(-1L);
        var first = new PortalDatePicker(getTranslation("hours.firstDay"));
        var last = new PortalDatePicker(getTranslation("hours.lastDay"));
        first.setLocale(getLocale());
        last.setLocale(getLocale());
        var reason = new TextField(getTranslation("hours.reason"));
        reason.setMaxLength(200);
        var add = new Button(getTranslation("hours.addClosure"), click -> {
            if (first.getValue() == null || last.getValue() == null || last.getValue().isBefore(first.getValue())
                    || reason.getValue().isBlank()) {
                Notification.show(getTranslation("hours.invalidClosure")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            var affected = scope.getValue() == -1L
                    ? administration.addMyAbsence(first.getValue(), last.getValue(), reason.getValue())
                    : administration.addClosure(scope.getValue(), first.getValue(), last.getValue(), reason.getValue());
            render();
            showOutside(affected);
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(scope, first, last, reason, add);
        form.addClassName("assisted-form");
        return form;
    }

    private void showOutside(List<BookingDetails> bookings) {
        outside.removeAll();
        if (bookings.isEmpty()) {
            return;
        }
        outside.addClassName("notice");
        outside.add(new Paragraph(getTranslation("hours.outside", bookings.size())));
        var list = new UnorderedList();
        var format = DateTimeFormatter.ofPattern("EEE d. MMM HH:mm", getLocale());
        bookings.forEach(b -> list.add(new ListItem(format.format(b.slot().localStart()) + " · " + b.municipalityName()
                + " · " + b.citizenName() + " · " + b.reference())));
        outside.add(list);
    }

    private IntegerField integer(String key) {
        var field = new IntegerField(getTranslation(key));
        field.setStepButtonsVisible(true);
        field.setMin(0);
        field.setI18n(FieldTexts.wholeNumber(this, 0, Integer.MAX_VALUE));
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hours.heading") + " – " + getTranslation("backoffice.title");
    }
}
