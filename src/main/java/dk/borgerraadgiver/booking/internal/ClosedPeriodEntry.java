package dk.borgerraadgiver.booking.internal;

import java.time.LocalDate;

import dk.borgerraadgiver.booking.SlotRules;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A closure of one municipality's office hours, or an advisor's absence across all their municipalities. */
@Entity
@Table(name = "closed_period")
public class ClosedPeriodEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private @Nullable Long municipalityId;
    private @Nullable Long advisorId;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;

    protected ClosedPeriodEntry() {
        this.firstDay = this.lastDay = LocalDate.EPOCH;
        this.reason = "";
    }

    private ClosedPeriodEntry(@Nullable Long municipalityId, @Nullable Long advisorId, LocalDate firstDay,
                              LocalDate lastDay, String reason) {
        new SlotRules.ClosedPeriod(firstDay, lastDay);
        this.municipalityId = municipalityId;
        this.advisorId = advisorId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
    }

    public static ClosedPeriodEntry closure(long municipalityId, LocalDate firstDay, LocalDate lastDay, String reason) {
        return new ClosedPeriodEntry(municipalityId, null, firstDay, lastDay, reason);
    }

    public static ClosedPeriodEntry absence(long advisorId, LocalDate firstDay, LocalDate lastDay, String reason) {
        return new ClosedPeriodEntry(null, advisorId, firstDay, lastDay, reason);
    }

    public @Nullable Long id() {
        return id;
    }

    public @Nullable Long municipalityId() {
        return municipalityId;
    }

    public @Nullable Long advisorId() {
        return advisorId;
    }

    public String reason() {
        return reason;
    }

    public SlotRules.ClosedPeriod toRule() {
        return new SlotRules.ClosedPeriod(firstDay, lastDay);
    }
}
