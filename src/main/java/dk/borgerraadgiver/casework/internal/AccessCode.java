package dk.borgerraadgiver.casework.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one-time code last sent to a case's citizen, kept as a hash, with its expiry and failed attempts. */
@Entity
@Table(name = "case_access_code")
public class AccessCode {

    @Id
    private long caseId;
    private String codeHash;
    private Instant expiresAt;
    private int attempts;

    protected AccessCode() {
        this.codeHash = "";
        this.expiresAt = Instant.EPOCH;
    }

    public AccessCode(long caseId, String codeHash, Instant expiresAt) {
        this.caseId = caseId;
        renew(codeHash, expiresAt);
    }

    public void renew(String codeHash, Instant expiresAt) {
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
        this.attempts = 0;
    }

    public String codeHash() { return codeHash; }
    public Instant expiresAt() { return expiresAt; }
    public int attempts() { return attempts; }
    public void failedAttempt() { attempts++; }
}
