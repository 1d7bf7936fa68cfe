package dk.borgerraadgiver.booking;

/** Who made the booking: the citizen online, or the advisor for a citizen who phoned or came by. */
public enum BookingChannel {
    ONLINE, ASSISTED
}
