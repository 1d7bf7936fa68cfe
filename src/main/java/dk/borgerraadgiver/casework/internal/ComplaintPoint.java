package dk.borgerraadgiver.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.borgerraadgiver.casework.CannotHandleReason;
import dk.borgerraadgiver.casework.CriticismLevel;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointClassification;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.casework.PointOrigin;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One independent point of a case: the unit the statistics count. The case's municipality and
 * registration date are copied here so that the statistics read a single indexed table.
 */
@Entity
@Table(name = "complaint_point")
public class ComplaintPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long caseId;
    private long municipalityId;
    private LocalDate registeredOn;
    private boolean main;
    @Enumerated(EnumType.STRING)
    private PointKind kind;
    @Enumerated(EnumType.STRING)
    private @Nullable CannotHandleReason cannotHandleReason;
    private @Nullable Long categoryId;
    private @Nullable Long departmentId;
    @Enumerated(EnumType.STRING)
    private @Nullable Handling handling;
    @Enumerated(EnumType.STRING)
    private PointOrigin origin;
    private @Nullable LocalDate statementOn;
    @Enumerated(EnumType.STRING)
    private @Nullable CriticismLevel criticismLevel;
    private @Nullable String recommendations;
    private @Nullable Boolean recommendationsFollowed;
    private boolean counted;
    private Instant createdAt;

    protected ComplaintPoint() {
        this.registeredOn = LocalDate.EPOCH;
        this.kind = PointKind.COMPLAINT;
        this.origin = PointOrigin.REGISTERED;
        this.createdAt = Instant.EPOCH;
    }

    public ComplaintPoint(CaseFile caseFile, PointClassification classification, PointOrigin origin, Instant now) {
        this.caseId = caseFile.id();
        this.municipalityId = caseFile.municipalityId();
        this.registeredOn = caseFile.registeredOn();
        this.origin = origin;
        this.createdAt = now;
        this.counted = !caseFile.noRealCaseWork();
        this.kind = classification.kind();
        classify(classification);
    }

    public void classify(PointClassification c) {
        this.main = c.main();
        this.kind = c.kind();
        this.cannotHandleReason = c.kind() == PointKind.CANNOT_HANDLE ? c.cannotHandleReason() : null;
        this.categoryId = c.categoryId();
        this.departmentId = c.departmentId();
        this.handling = c.kind().isComplaint() ? c.handling() : null;
        boolean investigation = this.handling == Handling.INVESTIGATION;
        this.statementOn = investigation ? c.statementOn() : null;
        this.criticismLevel = investigation ? c.criticismLevel() : null;
        this.recommendations = investigation ? c.recommendations() : null;
        this.recommendationsFollowed = investigation ? c.recommendationsFollowed() : null;
    }

    public PointClassification classification() {
        return new PointClassification(main, kind, cannotHandleReason, categoryId, departmentId, handling, statementOn,
                criticismLevel, recommendations, recommendationsFollowed);
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Point not saved yet");
        }
        return id;
    }

    public long caseId() { return caseId; }
    public boolean main() { return main; }
    public PointOrigin origin() { return origin; }
    public boolean counted() { return counted; }
    public void count(boolean counted) { this.counted = counted; }
    public void makeFollowUp() { this.main = false; }
}
