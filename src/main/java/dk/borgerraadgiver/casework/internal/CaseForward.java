package dk.borgerraadgiver.casework.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A complaint sent to a department for its answer first (the dialogue principle), with its deadline. */
@Entity
@Table(name = "case_forward")
public class CaseForward {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long caseId;
    private long municipalityId;
    private long departmentId;
    private LocalDate forwardedOn;
    private LocalDate answerDeadline;
    private @Nullable LocalDate answeredOn;
    private boolean copyReceived;
    private int reminders;

    protected CaseForward() {
        this.forwardedOn = this.answerDeadline = LocalDate.EPOCH;
    }

    public CaseForward(long caseId, long municipalityId, long departmentId, LocalDate forwardedOn, LocalDate answerDeadline) {
        this.caseId = caseId;
        this.municipalityId = municipalityId;
        this.departmentId = departmentId;
        this.forwardedOn = forwardedOn;
        this.answerDeadline = answerDeadline;
    }

    public long id() { return id == null ? 0 : id; }
    public long caseId() { return caseId; }
    public long departmentId() { return departmentId; }
    public LocalDate forwardedOn() { return forwardedOn; }
    public LocalDate answerDeadline() { return answerDeadline; }
    public @Nullable LocalDate answeredOn() { return answeredOn; }
    public boolean copyReceived() { return copyReceived; }
    public int reminders() { return reminders; }

    public void answered(LocalDate on, boolean copyReceived) {
        this.answeredOn = on;
        this.copyReceived = copyReceived;
    }

    public void remindedWithNewDeadline(LocalDate deadline) {
        this.reminders++;
        this.answerDeadline = deadline;
    }
}
