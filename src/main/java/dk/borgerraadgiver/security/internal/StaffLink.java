package dk.borgerraadgiver.security.internal;

import java.time.Instant;

import dk.borgerraadgiver.security.StaffLinkPurpose;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A single-use link for a member of staff to choose a password; only the token's hash is kept. */
@Entity
@Table(name = "staff_link")
public class StaffLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long advisorId;
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private StaffLinkPurpose purpose;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant usedAt;

    protected StaffLink() {
        this.tokenHash = "";
        this.purpose = StaffLinkPurpose.INVITATION;
        this.createdAt = this.expiresAt = Instant.EPOCH;
    }

    public StaffLink(long advisorId, String tokenHash, StaffLinkPurpose purpose, Instant createdAt, Instant expiresAt) {
        this.advisorId = advisorId;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long advisorId() {
        return advisorId;
    }

    public StaffLinkPurpose purpose() {
        return purpose;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        this.usedAt = now;
    }
}
