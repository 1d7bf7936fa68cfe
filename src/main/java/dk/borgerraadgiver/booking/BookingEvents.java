package dk.borgerraadgiver.booking;

/** What happened to bookings. Events carry the booking's id and change number only, never personal data. */
public final class BookingEvents {

    private BookingEvents() {
    }

    public record BookingConfirmed(long bookingId, long municipalityId) {
    }

    public record BookingRescheduled(long bookingId, long municipalityId, int sequence) {
    }

    public record BookingCancelled(long bookingId, long municipalityId, int sequence, boolean byAdvisor) {
    }
}
