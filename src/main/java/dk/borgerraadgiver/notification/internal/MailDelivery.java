package dk.borgerraadgiver.notification.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The ledger line of one intended mail; its key makes sending idempotent. No address, no content. */
@Entity
@Table(name = "mail_delivery")
public class MailDelivery {

    public enum Status { PENDING, SENT, FAILED, SKIPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String mailKey;
    private String kind;
    private long municipalityId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int attempts;
    private @Nullable String lastError;
    private Instant firstAttemptAt;
    private Instant lastAttemptAt;
    private @Nullable Instant sentAt;

    protected MailDelivery() {
        this.mailKey = this.kind = "";
        this.status = Status.PENDING;
        this.firstAttemptAt = this.lastAttemptAt = Instant.EPOCH;
    }

    MailDelivery(String mailKey, String kind, long municipalityId, Instant now) {
        this.mailKey = mailKey;
        this.kind = kind;
        this.municipalityId = municipalityId;
        this.status = Status.PENDING;
        this.firstAttemptAt = now;
        this.lastAttemptAt = now;
    }

    boolean done() {
        return status == Status.SENT || status == Status.SKIPPED;
    }

    void attempt(Instant now) {
        attempts++;
        lastAttemptAt = now;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    void skipped() {
        status = Status.SKIPPED;
    }

    void failed(String error) {
        status = Status.FAILED;
        lastError = error.length() > 300 ? error.substring(0, 300) : error;
    }

    public String mailKey() {
        return mailKey;
    }

    public String kind() {
        return kind;
    }

    public long municipalityId() {
        return municipalityId;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public @Nullable String lastError() {
        return lastError;
    }

    public Instant firstAttemptAt() {
        return firstAttemptAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }
}
