package dk.borgerraadgiver.booking.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One citizen who came by during open drop-in hours; nothing about who, only that someone came. */
@Entity
@Table(name = "drop_in_visit")
public class DropInVisit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long meetingTypeId;
    private long municipalityId;
    private LocalDate visitedOn;
    private Instant registeredAt;
    private String registeredBy;

    protected DropInVisit() {
        this.visitedOn = LocalDate.EPOCH;
        this.registeredAt = Instant.EPOCH;
        this.registeredBy = "";
    }

    public DropInVisit(MeetingType type, LocalDate visitedOn, Instant registeredAt, String registeredBy) {
        this.meetingTypeId = type.id();
        this.municipalityId = type.municipalityId();
        this.visitedOn = visitedOn;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }
}
