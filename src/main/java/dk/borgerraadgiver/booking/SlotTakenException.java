package dk.borgerraadgiver.booking;

import java.util.List;

/** The chosen time went to someone else first; the nearest free times come with it. */
public class SlotTakenException extends RuntimeException {

    private final List<TimeSlot> alternatives;

    public SlotTakenException(List<TimeSlot> alternatives) {
        super("The slot is no longer free");
        this.alternatives = List.copyOf(alternatives);
    }

    public List<TimeSlot> alternatives() {
        return alternatives;
    }
}
