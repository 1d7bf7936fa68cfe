package dk.borgerraadgiver.casework.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.borgerraadgiver.casework.CaseStatus;
import dk.borgerraadgiver.casework.Channel;
import dk.borgerraadgiver.casework.PowerOfAttorneyStatus;
import dk.borgerraadgiver.shared.StoredContact;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** One contact from a citizen, however it arrived, and the advisor's work on it. */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long municipalityId;
    private @Nullable String reference;
    private @Nullable Long inquiryId;
    private @Nullable Long bookingId;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    private LocalDate registeredOn;
    private Instant registeredAt;
    private String registeredBy;
    @Embedded
    private StoredContact contact;
    private String citizenKey;
    private String language;
    private String summary;
    /** Who the case is about when another person wrote for them; null when the citizen wrote for herself. */
    private @Nullable String subjectName;
    private boolean noRealCaseWork;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    @Enumerated(EnumType.STRING)
    private PowerOfAttorneyStatus poaStatus;
    private @Nullable String poaVerifiedBy;
    private @Nullable Instant poaVerifiedAt;
    private @Nullable LocalDate deadline;
    private @Nullable Instant closedAt;
    private String citizenNonce;
    private @Nullable String importedFrom;
    private @Nullable String importKey;
    private @Nullable String legalHoldReason;
    private @Nullable String legalHoldBy;
    private @Nullable Instant legalHoldAt;
    @Column(insertable = false, updatable = false)
    private @Nullable Instant erasedAt;
    @Version
    private int version;

    protected CaseFile() {
        this.channel = Channel.PHONE;
        this.registeredOn = LocalDate.EPOCH;
        this.registeredAt = Instant.EPOCH;
        this.registeredBy = this.citizenKey = this.language = this.summary = this.citizenNonce = "";
        this.contact = StoredContact.beforeLoading();
        this.status = CaseStatus.NEW;
        this.poaStatus = PowerOfAttorneyStatus.NOT_NEEDED;
    }

    public CaseFile(long municipalityId, Channel channel, LocalDate registeredOn, Instant registeredAt, String registeredBy,
                    String citizenName, @Nullable String citizenEmail, @Nullable String citizenPhone, String citizenKey,
                    String language, String summary, PowerOfAttorneyStatus poaStatus, String citizenNonce) {
        this.municipalityId = municipalityId;
        this.channel = channel;
        this.registeredOn = registeredOn;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
        this.contact = new StoredContact(citizenName, citizenEmail, citizenPhone);
        this.citizenKey = citizenKey;
        this.language = language;
        this.summary = summary;
        this.status = CaseStatus.NEW;
        this.poaStatus = poaStatus;
        this.citizenNonce = citizenNonce;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Case not saved yet");
        }
        return id;
    }

    public long municipalityId() { return municipalityId; }
    public @Nullable String reference() { return reference; }
    public @Nullable Long inquiryId() { return inquiryId; }
    public @Nullable Long bookingId() { return bookingId; }
    public Channel channel() { return channel; }
    public LocalDate registeredOn() { return registeredOn; }
    public Instant registeredAt() { return registeredAt; }
    public String registeredBy() { return registeredBy; }
    public String citizenName() { return contact.name(); }
    public @Nullable String citizenEmail() { return contact.email(); }
    public @Nullable String citizenPhone() { return contact.phone(); }
    public String citizenKey() { return citizenKey; }
    public String language() { return language; }
    public String summary() { return summary; }
    public boolean noRealCaseWork() { return noRealCaseWork; }
    public CaseStatus status() { return status; }
    public PowerOfAttorneyStatus poaStatus() { return poaStatus; }
    public @Nullable String poaVerifiedBy() { return poaVerifiedBy; }
    public @Nullable Instant poaVerifiedAt() { return poaVerifiedAt; }
    public @Nullable LocalDate deadline() { return deadline; }
    public @Nullable Instant closedAt() { return closedAt; }
    public String citizenNonce() { return citizenNonce; }
    public @Nullable String importedFrom() { return importedFrom; }
    public @Nullable String legalHoldReason() { return legalHoldReason; }
    public @Nullable Instant erasedAt() { return erasedAt; }

    public void assignReference(String reference) { this.reference = reference; }
    public void linkInquiry(long inquiryId) { this.inquiryId = inquiryId; }
    public void linkBooking(long bookingId) { this.bookingId = bookingId; }
    public void markImported(String fileName, String key) { this.importedFrom = fileName; this.importKey = key; }
    public void markNoRealCaseWork(boolean value) { this.noRealCaseWork = value; }
    public void moveTo(CaseStatus status) { this.status = status; }
    public void setDeadline(@Nullable LocalDate deadline) { this.deadline = deadline; }
    public void changeSummary(String summary) { this.summary = summary; }
    public void concerns(@Nullable String subjectName) { this.subjectName = subjectName; }
    public @Nullable String subjectName() { return subjectName; }

    /** Puts the case on legal hold: retention skips it and it cannot be erased on request. */
    public void holdFromErasure(String reason, String by, Instant at) {
        this.legalHoldReason = reason;
        this.legalHoldBy = by;
        this.legalHoldAt = at;
    }

    public void releaseHold() {
        this.legalHoldReason = null;
        this.legalHoldBy = null;
        this.legalHoldAt = null;
    }

    public void close(Instant at) {
        this.status = CaseStatus.CLOSED;
        this.closedAt = at;
    }

    public void reopen() {
        this.status = CaseStatus.IN_PROGRESS;
        this.closedAt = null;
    }

    public void powerOfAttorney(PowerOfAttorneyStatus status, @Nullable String verifiedBy, @Nullable Instant at) {
        this.poaStatus = status;
        this.poaVerifiedBy = verifiedBy;
        this.poaVerifiedAt = at;
    }
}
