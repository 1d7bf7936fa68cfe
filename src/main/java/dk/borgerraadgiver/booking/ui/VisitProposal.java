package dk.borgerraadgiver.booking.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import dk.borgerraadgiver.shared.ui.DateInput;
import dk.borgerraadgiver.shared.ui.PortalSelect;
import org.jspecify.annotations.Nullable;

/**
 * One time that suits the citizen for a home visit: a day in the GOV.UK date input and a time of day
 * from a list (every half hour in office hours), instead of a calendar overlay that a screen reader
 * and a phone handle badly.
 */
class VisitProposal extends Div {

    static final LocalTime FIRST = LocalTime.of(8, 0);
    static final LocalTime LAST = LocalTime.of(17, 30);

    private final DateInput day;
    private final PortalSelect<LocalTime> time = new PortalSelect<>();

    VisitProposal(String id, String label, @Nullable LocalDateTime value) {
        addClassName("visit-proposal");
        setId(id);
        day = new DateInput(label, getTranslation("visit.proposal.hint"));
        time.setLabel(getTranslation("visit.proposal.time"));
        var times = new ArrayList<LocalTime>();
        for (var t = FIRST; !t.isAfter(LAST); t = t.plusMinutes(30)) {
            times.add(t);
        }
        time.setItems(times);
        time.setItemLabelGenerator(t -> t == null ? getTranslation("visit.proposal.noTime")
                : getTranslation("visit.proposal.timeLabel", t.getHour(), String.format("%02d", t.getMinute())));
        time.setEmptySelectionAllowed(true);
        time.setEmptySelectionCaption(getTranslation("visit.proposal.noTime"));
        if (value != null) {
            day.setValue(value.toLocalDate());
            time.setValue(value.toLocalTime());
        }
        add(day, time);
    }

    /** The time proposed, or null when the day or the time is missing or wrong. */
    @Nullable LocalDateTime value() {
        return day.getValue() == null || time.getValue() == null ? null : day.getValue().atTime(time.getValue());
    }

    boolean isBlank() {
        return day.isBlank() && time.getValue() == null;
    }

    /** What is wrong with the proposal, as a message key: a wrong day, a missing part, or a time too soon. */
    Optional<String> problem(LocalDateTime earliest) {
        var shape = day.shapeProblem();
        if (shape.isPresent()) {
            return shape;
        }
        if (isBlank()) {
            return Optional.empty();
        }
        if (day.getValue() == null) {
            return Optional.of("form.date.incomplete");
        }
        if (time.getValue() == null) {
            return Optional.of("visit.error.time");
        }
        var proposed = value();
        return proposed != null && proposed.isBefore(earliest) ? Optional.of("visit.error.tooSoon") : Optional.empty();
    }

    /** Marks the part that is wrong and returns it, so the error summary can link to it. */
    Component mark(String message) {
        var field = day.getValue() != null && time.getValue() == null ? time : day;
        if (field == time) {
            time.setErrorMessage(message);
            time.setInvalid(true);
        } else {
            day.setErrorMessage(message);
            day.setInvalid(true);
        }
        return field;
    }

    void clearMarks() {
        day.setInvalid(false);
        time.setInvalid(false);
    }
}
