package dk.borgerraadgiver.security.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One administrative change: who, when, which thing, and each changed field's old and new value. */
@Entity
@Table(name = "admin_change")
public class AdminChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private Instant happenedAt;
    private String actor;
    private @Nullable Long municipalityId;
    private String subject;
    private String subjectName;
    private String changes;

    protected AdminChange() {
        this.happenedAt = Instant.EPOCH;
        this.actor = this.subject = this.subjectName = this.changes = "";
    }

    public AdminChange(Instant happenedAt, String actor, @Nullable Long municipalityId, String subject,
                       String subjectName, String changes) {
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.municipalityId = municipalityId;
        this.subject = subject;
        this.subjectName = subjectName.length() > 200 ? subjectName.substring(0, 200) : subjectName;
        this.changes = changes.length() > 4000 ? changes.substring(0, 3997) + "…" : changes;
    }

    public Instant happenedAt() { return happenedAt; }
    public String actor() { return actor; }
    public @Nullable Long municipalityId() { return municipalityId; }
    public String subject() { return subject; }
    public String subjectName() { return subjectName; }
    public String changes() { return changes; }
}
