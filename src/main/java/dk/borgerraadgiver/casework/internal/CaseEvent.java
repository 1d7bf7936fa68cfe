package dk.borgerraadgiver.casework.internal;

import java.time.Instant;

import dk.borgerraadgiver.casework.CaseEventType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One step in a case's timeline. The detail is a short non-sensitive value (a date, a department name). */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long caseId;
    private Instant happenedAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    private CaseEventType type;
    private @Nullable String detail;

    protected CaseEvent() {
        this.happenedAt = Instant.EPOCH;
        this.actor = "";
        this.type = CaseEventType.REGISTERED;
    }

    public CaseEvent(long caseId, Instant happenedAt, String actor, CaseEventType type, @Nullable String detail) {
        this.caseId = caseId;
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.type = type;
        this.detail = detail;
    }

    public Instant happenedAt() { return happenedAt; }
    public String actor() { return actor; }
    public CaseEventType type() { return type; }
    public @Nullable String detail() { return detail; }
}
