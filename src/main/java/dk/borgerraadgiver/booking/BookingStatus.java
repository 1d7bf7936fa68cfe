package dk.borgerraadgiver.booking;

/** Where a booking stands. Only a confirmed booking holds the advisor's time. */
public enum BookingStatus {
    CONFIRMED, CANCELLED, ATTENDED, NO_SHOW
}
