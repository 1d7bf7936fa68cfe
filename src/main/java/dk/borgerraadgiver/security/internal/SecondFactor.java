package dk.borgerraadgiver.security.internal;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member of staff's TOTP secret, the last time step a code was accepted for, and unused recovery codes (hashed). */
@Entity
@Table(name = "staff_second_factor")
public class SecondFactor {

    @Id
    private long advisorId;
    private String secret;
    private long lastStep;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_recovery_code", joinColumns = @JoinColumn(name = "advisor_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodeHashes = new HashSet<>();

    protected SecondFactor() {
        this.secret = "";
    }

    public SecondFactor(long advisorId, String secret, Set<String> recoveryCodeHashes) {
        this.advisorId = advisorId;
        this.secret = secret;
        this.recoveryCodeHashes = new HashSet<>(recoveryCodeHashes);
    }

    public String secret() {
        return secret;
    }

    /** Accepts a code's time step once: false when that step (or a later one) was already used. */
    public boolean useStep(long step) {
        if (step <= lastStep) {
            return false;
        }
        lastStep = step;
        return true;
    }

    /** Spends a recovery code; false when it is not one of the unused ones. */
    public boolean useRecoveryCode(String hash) {
        return recoveryCodeHashes.remove(hash);
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }
}
