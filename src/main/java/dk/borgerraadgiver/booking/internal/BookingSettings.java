package dk.borgerraadgiver.booking.internal;

import java.time.Duration;

import dk.borgerraadgiver.booking.DanishHolidays;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality's booking policy: optional closing days, cancellation cut-off, cap per citizen. */
@Entity
@Table(name = "booking_settings")
public class BookingSettings {

    @Id
    private long municipalityId;
    private boolean christmasEveClosed;
    private boolean newYearsEveClosed;
    private boolean constitutionDayClosed;
    private int cancellationCutoffMinutes;
    private int maxActiveBookingsPerCitizen;

    protected BookingSettings() {
    }

    public BookingSettings(long municipalityId) {
        this.municipalityId = municipalityId;
        this.christmasEveClosed = true;
        this.newYearsEveClosed = true;
        this.constitutionDayClosed = true;
        this.cancellationCutoffMinutes = 120;
        this.maxActiveBookingsPerCitizen = 2;
    }

    public static BookingSettings defaults(long municipalityId) {
        return new BookingSettings(municipalityId);
    }

    public void closeOn(DanishHolidays.Options options) {
        this.christmasEveClosed = options.christmasEveClosed();
        this.newYearsEveClosed = options.newYearsEveClosed();
        this.constitutionDayClosed = options.constitutionDayClosed();
    }

    public DanishHolidays.Options holidays() {
        return new DanishHolidays.Options(christmasEveClosed, newYearsEveClosed, constitutionDayClosed);
    }

    public Duration cancellationCutoff() {
        return Duration.ofMinutes(cancellationCutoffMinutes);
    }

    /** The citizen's booking rules: how late a meeting can be cancelled or moved, and how many may be booked at once. */
    public void changeRules(java.time.Duration cancellationCutoff, int maxActiveBookingsPerCitizen) {
        if (cancellationCutoff.isNegative() || cancellationCutoff.toMinutes() > 10080
                || maxActiveBookingsPerCitizen < 1 || maxActiveBookingsPerCitizen > 20) {
            throw new IllegalArgumentException("Cut-off 0-7 days, 1-20 active bookings");
        }
        this.cancellationCutoffMinutes = (int) cancellationCutoff.toMinutes();
        this.maxActiveBookingsPerCitizen = maxActiveBookingsPerCitizen;
    }

    public int maxActiveBookingsPerCitizen() {
        return maxActiveBookingsPerCitizen;
    }
}
