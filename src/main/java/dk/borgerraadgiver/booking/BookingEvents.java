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

    /** A citizen asked for a home visit. */
    public record VisitRequested(long requestId, long municipalityId) {
    }

    /** The advisor proposed another time or declined a home-visit request (an acceptance is a {@link BookingConfirmed}). */
    public record VisitRequestAnswered(long requestId, long municipalityId, VisitRequestStatus answer) {
    }
}
