package dk.borgerraadgiver.casework.internal;

import java.time.Instant;

import dk.borgerraadgiver.casework.AuditAction;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Who opened, downloaded, exported or changed what, and when. Never holds case text. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private Instant happenedAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private @Nullable Long municipalityId;
    private @Nullable Long caseId;
    private @Nullable String citizenKey;
    private @Nullable String detail;

    protected AuditEntry() {
        this.happenedAt = Instant.EPOCH;
        this.actor = "";
        this.action = AuditAction.CASE_OPENED;
    }

    public AuditEntry(Instant happenedAt, String actor, AuditAction action, @Nullable Long municipalityId,
                      @Nullable Long caseId, @Nullable String citizenKey, @Nullable String detail) {
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.action = action;
        this.municipalityId = municipalityId;
        this.caseId = caseId;
        this.citizenKey = citizenKey;
        this.detail = detail;
    }

    public Instant happenedAt() { return happenedAt; }
    public String actor() { return actor; }
    public AuditAction action() { return action; }
    public @Nullable Long municipalityId() { return municipalityId; }
    public @Nullable Long caseId() { return caseId; }
    public @Nullable String detail() { return detail; }
}
