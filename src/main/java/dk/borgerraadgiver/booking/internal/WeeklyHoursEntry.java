package dk.borgerraadgiver.booking.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import dk.borgerraadgiver.booking.SlotRules;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Opening hours of a meeting type on one day of the week. */
@Entity
@Table(name = "weekly_hours")
public class WeeklyHoursEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private int dayOfWeek;
    private LocalTime opensAt;
    private LocalTime closesAt;
    private LocalDate validFrom;
    private @Nullable LocalDate validTo;

    protected WeeklyHoursEntry() {
        this.opensAt = this.closesAt = LocalTime.MIDNIGHT;
        this.validFrom = LocalDate.EPOCH;
    }

    public WeeklyHoursEntry(DayOfWeek day, LocalTime opensAt, LocalTime closesAt, LocalDate validFrom,
                            @Nullable LocalDate validTo) {
        var checked = new SlotRules.WeeklyHours(day, opensAt, closesAt, validFrom, validTo);
        this.dayOfWeek = checked.day().getValue();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public SlotRules.WeeklyHours toRule() {
        return new SlotRules.WeeklyHours(DayOfWeek.of(dayOfWeek), opensAt, closesAt, validFrom, validTo);
    }
}
