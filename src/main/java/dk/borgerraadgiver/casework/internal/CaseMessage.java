package dk.borgerraadgiver.casework.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A message between the advisor and the citizen, read only behind the private link and a one-time code. */
@Entity
@Table(name = "case_message")
public class CaseMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long caseId;
    private boolean fromCitizen;
    private String authorName;
    private String body;
    private Instant sentAt;
    private @Nullable Instant readAt;

    protected CaseMessage() {
        this.authorName = this.body = "";
        this.sentAt = Instant.EPOCH;
    }

    public CaseMessage(long caseId, boolean fromCitizen, String authorName, String body, Instant sentAt) {
        this.caseId = caseId;
        this.fromCitizen = fromCitizen;
        this.authorName = authorName;
        this.body = body;
        this.sentAt = sentAt;
    }

    public long id() { return id == null ? 0 : id; }
    public long caseId() { return caseId; }
    public boolean fromCitizen() { return fromCitizen; }
    public String authorName() { return authorName; }
    public String body() { return body; }
    public Instant sentAt() { return sentAt; }
    public @Nullable Instant readAt() { return readAt; }
    public void read(Instant at) { if (readAt == null) { readAt = at; } }
}
