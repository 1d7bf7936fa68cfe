package dk.borgerraadgiver.booking.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.Map;

/**
 * A month calendar to pick a day: a real table (weekday headers for screen readers), and each day
 * with free times is a button that announces its full date and how many times are free. Days
 * without free times are plain text. Opens on the month of the first free day.
 */
class MonthCalendar extends Div {

    private final Set<LocalDate> freeDays;
    private final Map<LocalDate, Integer> counts;
    private final Consumer<LocalDate> onPick;
    private final Locale locale;
    private YearMonth shown;
    private final H2 heading = new H2();
    private final NativeButton previous = new NativeButton();
    private final NativeButton next = new NativeButton();
    private final Div grid = new Div();

    MonthCalendar(Collection<LocalDate> freeDays, Map<LocalDate, Integer> counts, Locale locale,
                  Consumer<LocalDate> onPick) {
        this.freeDays = new TreeSet<>(freeDays);
        this.counts = counts;
        this.locale = locale;
        this.onPick = onPick;
        this.shown = YearMonth.from(this.freeDays.isEmpty() ? LocalDate.now() : ((TreeSet<LocalDate>) this.freeDays).first());
        addClassName("month-calendar");
        heading.setId("calendar-month");
        heading.getElement().setAttribute("aria-live", "polite");
        previous.addClassName("calendar-nav");
        next.addClassName("calendar-nav");
        previous.addClickListener(click -> show(shown.minusMonths(1)));
        next.addClickListener(click -> show(shown.plusMonths(1)));
        var bar = new Div(previous, heading, next);
        bar.addClassName("calendar-bar");
        add(bar, grid);
        show(shown);
    }

    private void show(YearMonth month) {
        shown = month;
        heading.setText(capitalise(month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale)) + " " + month.getYear());
        previous.setText("‹ " + getTranslation("booking.calendar.previous"));
        next.setText(getTranslation("booking.calendar.next") + " ›");
        var first = ((TreeSet<LocalDate>) freeDays).isEmpty() ? null : ((TreeSet<LocalDate>) freeDays).first();
        var last = ((TreeSet<LocalDate>) freeDays).isEmpty() ? null : ((TreeSet<LocalDate>) freeDays).last();
        previous.setEnabled(first != null && YearMonth.from(first).isBefore(month));
        next.setEnabled(last != null && YearMonth.from(last).isAfter(month));

        grid.removeAll();
        var table = new NativeTable();
        table.getElement().setAttribute("aria-labelledby", "calendar-month");
        var head = new NativeTableHeader();
        var headRow = new NativeTableRow();
        for (DayOfWeek day : DayOfWeek.values()) {
            var cell = new NativeTableHeaderCell(day.getDisplayName(TextStyle.SHORT, locale));
            cell.getElement().setAttribute("abbr", day.getDisplayName(TextStyle.FULL, locale));
            cell.getElement().setAttribute("scope", "col");
            headRow.add(cell);
        }
        head.add(headRow);
        var body = new NativeTableBody();
        var day = month.atDay(1);
        var row = new NativeTableRow();
        for (int blank = 1; blank < day.getDayOfWeek().getValue(); blank++) {
            row.add(new NativeTableCell());
        }
        var fullDate = DateTimeFormatter.ofPattern("EEEE d. MMMM yyyy", locale);
        while (YearMonth.from(day).equals(month)) {
            var cell = new NativeTableCell();
            var date = day;
            if (freeDays.contains(date)) {
                var button = new NativeButton(String.valueOf(date.getDayOfMonth()));
                button.addClassName("calendar-day");
                button.getElement().setAttribute("aria-label", fullDate.format(date) + ", "
                        + getTranslation("booking.calendar.freeTimes", counts.getOrDefault(date, 0)));
                button.addClickListener(click -> onPick.accept(date));
                cell.add(button);
            } else {
                var text = new Span(String.valueOf(date.getDayOfMonth()));
                text.addClassName("calendar-day--none");
                cell.add(text);
            }
            row.add(cell);
            if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                body.add(row);
                row = new NativeTableRow();
            }
            day = day.plusDays(1);
        }
        if (row.getChildren().findAny().isPresent()) {
            body.add(row);
        }
        table.add(head, body);
        grid.add(table);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
