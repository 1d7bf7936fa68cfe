package dk.borgerraadgiver.booking;

/** A booking, cancellation or move the rules do not allow; the reason is a message key suffix. */
public class BookingRefusedException extends RuntimeException {

    public enum Reason { NOT_BOOKABLE, OUTSIDE_HOURS, TOO_MANY_ACTIVE, TOO_LATE, NOT_ACTIVE, UNKNOWN_LINK, RATE_LIMITED, INVALID_REQUEST, NOT_PROPOSED }

    private final Reason reason;

    public BookingRefusedException(Reason reason) {
        super("Booking refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
