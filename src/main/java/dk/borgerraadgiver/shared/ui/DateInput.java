package dk.borgerraadgiver.shared.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * GOV.UK's date input for a date a person knows or can look up ("Hvornår skete det?", a day that
 * suits for a home visit): three short number fields, day, month and year, instead of a calendar to scroll back
 * through. {@link #problem} says in Danish what is wrong with an incomplete or impossible date
 * (31.02.2026), so the page can show it in its error summary and beside the fields.
 */
public class DateInput extends CustomField<@Nullable LocalDate> {

    private final TextField day = part("form.date.day", "2");
    private final TextField month = part("form.date.month", "2");
    private final TextField year = part("form.date.year", "4");

    public DateInput(String label, String hint) {
        setLabel(label);
        setHelperText(hint);
        addClassName("date-input");
        var fields = new Div(day, month, year);
        fields.addClassName("date-input-fields");
        add(fields);
    }

    private TextField part(String labelKey, String digits) {
        var field = new TextField(getTranslation(labelKey));
        field.addClassName("date-input-" + digits);
        field.setMaxLength(Integer.parseInt(digits));
        field.getElement().setAttribute("inputmode", "numeric");
        field.setAllowedCharPattern("[0-9]");
        field.addValueChangeListener(change -> updateValue());
        return field;
    }

    /** The key of what is wrong with a date in the past as typed, or empty when it is one or left blank. */
    public Optional<String> problem(LocalDate today) {
        return shapeProblem().or(() -> {
            var date = parse();
            return date != null && date.isAfter(today) ? Optional.of("form.date.future") : Optional.empty();
        });
    }

    /** Whether nothing is typed. */
    public boolean isBlank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The key of what is wrong with the date as typed (incomplete, impossible), whatever its time. */
    public Optional<String> shapeProblem() {
        if (isBlank()) {
            return Optional.empty();
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            return Optional.of("form.date.incomplete");
        }
        if (year.getValue().length() != 4) {
            return Optional.of("form.date.year4");
        }
        return parse() == null ? Optional.of("form.date.impossible") : Optional.empty();
    }

    @Override
    protected @Nullable LocalDate generateModelValue() {
        return parse();
    }

    @Override
    protected void setPresentationValue(@Nullable LocalDate date) {
        day.setValue(date == null ? "" : String.valueOf(date.getDayOfMonth()));
        month.setValue(date == null ? "" : String.valueOf(date.getMonthValue()));
        year.setValue(date == null ? "" : String.valueOf(date.getYear()));
    }

    private @Nullable LocalDate parse() {
        try {
            return LocalDate.of(Integer.parseInt(year.getValue()), Integer.parseInt(month.getValue()),
                    Integer.parseInt(day.getValue()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
