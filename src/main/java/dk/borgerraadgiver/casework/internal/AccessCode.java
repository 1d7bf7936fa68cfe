package dk.borgerraadgiver.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * The one-time code last sent to a case's citizen, kept as a hash, with its expiry and failed
 * attempts. Codes sent and wrong codes are also counted per case and day, across resends and
 * sessions; the version makes concurrent guesses conflict rather than slip through uncounted.
 */
@Entity
@Table(name = "case_access_code")
public class AccessCode {

    /** Wrong guesses one code may take. */
    public static final int MAX_ATTEMPTS = 5;
    /** Codes one case may be sent in a day, so the link cannot flood the citizen's mailbox. */
    public static final int MAX_CODES_PER_DAY = 5;
    /** Wrong codes one case may see in a day, whatever the number of resends or sessions. */
    public static final int MAX_FAILED_PER_DAY = 10;

    @Id
    private long caseId;
    private String codeHash;
    private Instant expiresAt;
    private int attempts;
    @Version
    private long version;
    private @Nullable LocalDate countedOn;
    private int codesThatDay;
    private int failedThatDay;

    protected AccessCode() {
        this.codeHash = "";
        this.expiresAt = Instant.EPOCH;
    }

    public AccessCode(long caseId, String codeHash, Instant expiresAt) {
        this.caseId = caseId;
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
    }

    /** A new code was sent: it gets its own attempts, and counts towards the day's codes. */
    public void newCode(String codeHash, Instant expiresAt, LocalDate today) {
        startDay(today);
        this.codeHash = codeHash;
        this.expiresAt = expiresAt;
        this.attempts = 0;
        this.codesThatDay++;
    }

    /** The right code was given: from now on the hash is the session's, valid until {@code expiresAt}. */
    public void startSession(String sessionHash, Instant expiresAt) {
        this.codeHash = sessionHash;
        this.expiresAt = expiresAt;
        this.attempts = 0;
    }

    public void failedAttempt(LocalDate today) {
        startDay(today);
        attempts++;
        failedThatDay++;
    }

    /** Whether the case may be sent one more code today. */
    public boolean mayGetAnotherCode(LocalDate today) {
        return codesOn(today) < MAX_CODES_PER_DAY && failedOn(today) < MAX_FAILED_PER_DAY;
    }

    /** Whether this code may still be tried (its own attempts and the case's wrong codes today). */
    public boolean mayBeGuessed(LocalDate today) {
        return attempts < MAX_ATTEMPTS && failedOn(today) < MAX_FAILED_PER_DAY;
    }

    private int codesOn(LocalDate today) {
        return today.equals(countedOn) ? codesThatDay : 0;
    }

    private int failedOn(LocalDate today) {
        return today.equals(countedOn) ? failedThatDay : 0;
    }

    private void startDay(LocalDate today) {
        if (!today.equals(countedOn)) {
            countedOn = today;
            codesThatDay = 0;
            failedThatDay = 0;
        }
    }

    public String codeHash() { return codeHash; }
    public Instant expiresAt() { return expiresAt; }
}
