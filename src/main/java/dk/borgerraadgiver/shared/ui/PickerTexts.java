package dk.borgerraadgiver.shared.ui;

import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.timepicker.TimePicker.TimePickerI18n;

/**
 * The built-in texts of Vaadin's date and time pickers in the page's language, through their i18n
 * APIs: month and weekday names, Monday first in Danish, "I dag" and "Annullér", the date formats a
 * Dane types (27.3.2026, 27/3/2026, 2026-03-27) and a message for a date that does not exist. One home
 * for the texts; the portal's picker classes apply them when attached.
 */
final class PickerTexts {

    private PickerTexts() {
    }

    static DatePickerI18n date(Component on, Locale locale) {
        var symbols = DateFormatSymbols.getInstance(locale);
        var i18n = new DatePickerI18n();
        i18n.setMonthNames(List.of(Arrays.copyOf(symbols.getMonths(), 12)));
        // Vaadin wants the weekdays from Sunday; the week starts on Monday, as in Denmark, in either language.
        i18n.setWeekdays(List.of(symbols.getWeekdays()).subList(1, 8));
        i18n.setWeekdaysShort(List.of(symbols.getShortWeekdays()).subList(1, 8));
        i18n.setFirstDayOfWeek(WeekFields.of(Locale.of(locale.getLanguage(), "DK")).getFirstDayOfWeek().getValue() % 7);
        i18n.setToday(on.getTranslation("picker.today"));
        i18n.setCancel(on.getTranslation("picker.cancel"));
        i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy", "d/M/yyyy", "d-M-yyyy", "yyyy-MM-dd", "d.M.yy");
        i18n.setBadInputErrorMessage(on.getTranslation("picker.date.badInput"));
        i18n.setRequiredErrorMessage(on.getTranslation("picker.date.required"));
        i18n.setMinErrorMessage(on.getTranslation("picker.date.min"));
        i18n.setMaxErrorMessage(on.getTranslation("picker.date.max"));
        return i18n;
    }

    static TimePickerI18n time(Component on) {
        return new TimePickerI18n().setBadInputErrorMessage(on.getTranslation("picker.time.badInput"))
                .setRequiredErrorMessage(on.getTranslation("picker.time.required"))
                .setMinErrorMessage(on.getTranslation("picker.time.min"))
                .setMaxErrorMessage(on.getTranslation("picker.time.max"));
    }
}
