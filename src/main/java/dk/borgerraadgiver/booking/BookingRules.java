package dk.borgerraadgiver.booking;

import java.time.Duration;

import dk.borgerraadgiver.booking.internal.BookingSettings;
import dk.borgerraadgiver.booking.internal.BookingSettingsRepository;
import dk.borgerraadgiver.security.AdministrativeChanges;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's rules for citizens' own bookings, as an administrator sets them: until how many
 * hours before the meeting a citizen can cancel or move it (0–168), and how many meetings one citizen
 * may have booked at once (1–20). The closing days are set with the office hours.
 */
@Service
@PreAuthorize(StaffRoles.ADMINISTRATOR)
public class BookingRules {

    public static final int MAX_CUTOFF_HOURS = 168;
    public static final int MAX_ACTIVE_BOOKINGS = 20;

    private final BookingSettingsRepository settings;
    private final StaffScope scope;
    private final AdministrativeChanges changes;

    BookingRules(BookingSettingsRepository settings, StaffScope scope, AdministrativeChanges changes) {
        this.settings = settings;
        this.scope = scope;
        this.changes = changes;
    }

    /** The rules as the form edits them. */
    public record Rules(int cancellationCutoffHours, int maxActiveBookingsPerCitizen) {
    }

    @Transactional(readOnly = true)
    public Rules rules(long municipalityId) {
        scope.requireServes(municipalityId);
        var current = settings.findById(municipalityId).orElseGet(() -> BookingSettings.defaults(municipalityId));
        return new Rules((int) current.cancellationCutoff().toHours(), current.maxActiveBookingsPerCitizen());
    }

    @Transactional
    public void change(long municipalityId, String municipalityName, Rules rules) {
        scope.requireServes(municipalityId);
        if (rules.cancellationCutoffHours() < 0 || rules.cancellationCutoffHours() > MAX_CUTOFF_HOURS
                || rules.maxActiveBookingsPerCitizen() < 1 || rules.maxActiveBookingsPerCitizen() > MAX_ACTIVE_BOOKINGS) {
            throw new IllegalArgumentException("Booking rules out of range");
        }
        var before = rules(municipalityId);
        var current = settings.findById(municipalityId).orElseGet(() -> BookingSettings.defaults(municipalityId));
        current.changeRules(Duration.ofHours(rules.cancellationCutoffHours()), rules.maxActiveBookingsPerCitizen());
        settings.save(current);
        changes.record(municipalityId, "MUNICIPALITY", municipalityName, new AdministrativeChanges.Diff()
                .field("aflysning senest (timer før)", before.cancellationCutoffHours(), rules.cancellationCutoffHours())
                .field("aktive bookinger pr. borger", before.maxActiveBookingsPerCitizen(), rules.maxActiveBookingsPerCitizen()));
    }
}
