package dk.borgerraadgiver.booking.ui;

import java.util.ArrayList;
import java.util.Set;
import java.util.function.UnaryOperator;

/** What the citizen needs at the meeting: ticked needs (interpreter, step-free access, companion) and her own words. */
record MeetingNeeds(Set<String> chosen, String other) {

    static final MeetingNeeds NONE = new MeetingNeeds(Set.of(), "");

    /** As the booking stores it and the check page shows it: the needs in words, then her own; empty for none. */
    String describe(UnaryOperator<String> translate) {
        var parts = new ArrayList<String>();
        chosen.stream().sorted().forEach(key -> parts.add(translate.apply("booking.details.needs." + key)));
        if (!other.isBlank()) {
            parts.add(other);
        }
        return String.join(", ", parts);
    }
}
