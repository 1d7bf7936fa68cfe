package dk.borgerraadgiver.booking;

/** What the citizen gets back: the reference and the private token for the cancel-or-move link. */
public record BookingConfirmation(long bookingId, String reference, TimeSlot slot, String manageToken) {

    @Override
    public String toString() {
        return "BookingConfirmation[" + reference + "]";
    }
}
