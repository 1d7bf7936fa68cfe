package dk.borgerraadgiver.casework.internal;

import java.time.LocalDate;

import dk.borgerraadgiver.casework.ActivityKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Work outside the citizen cases: consultative assistance, staff inquiries, own initiative, mediation, talks. */
@Entity
@Table(name = "advisor_activity")
public class AdvisorActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long municipalityId;
    @Enumerated(EnumType.STRING)
    private ActivityKind kind;
    private LocalDate doneOn;
    private @Nullable Long departmentId;
    private int minutes;
    private String note;
    private String registeredBy;

    protected AdvisorActivity() {
        this.kind = ActivityKind.TALK;
        this.doneOn = LocalDate.EPOCH;
        this.note = this.registeredBy = "";
    }

    public AdvisorActivity(long municipalityId, ActivityKind kind, LocalDate doneOn, @Nullable Long departmentId,
                           int minutes, String note, String registeredBy) {
        this.municipalityId = municipalityId;
        this.kind = kind;
        this.doneOn = doneOn;
        this.departmentId = departmentId;
        this.minutes = minutes;
        this.note = note;
        this.registeredBy = registeredBy;
    }

    public long id() { return id == null ? 0 : id; }
    public long municipalityId() { return municipalityId; }
    public ActivityKind kind() { return kind; }
    public LocalDate doneOn() { return doneOn; }
    public @Nullable Long departmentId() { return departmentId; }
    public int minutes() { return minutes; }
    public String note() { return note; }
}
