package dk.borgerraadgiver.inquiry.internal;

import java.time.Instant;
import java.time.LocalDate;

import dk.borgerraadgiver.inquiry.Answer;
import dk.borgerraadgiver.inquiry.InquiryNeed;
import dk.borgerraadgiver.inquiry.InquirySubmission;
import dk.borgerraadgiver.inquiry.PreferredContact;
import dk.borgerraadgiver.inquiry.Representation;
import dk.borgerraadgiver.inquiry.Screening;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An inquiry or complaint as the citizen sent it through the portal. */
@Entity
@Table(name = "inquiry")
public class Inquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String reference;
    private long municipalityId;
    @Enumerated(EnumType.STRING)
    private InquiryNeed need;
    private @Nullable Long departmentId;
    @Enumerated(EnumType.STRING)
    private Answer departmentContacted;
    private boolean forwardConsent;
    private @Nullable LocalDate happenedOn;
    private boolean appealableDecision;
    private boolean politicalDecision;
    private boolean staffMatter;
    private boolean withOtherAuthority;
    @Enumerated(EnumType.STRING)
    private Representation representation;
    private @Nullable String subjectName;
    private boolean custodyConfirmed;
    private String description;
    private @Nullable String desiredOutcome;
    private String contactName;
    private @Nullable String contactEmail;
    private @Nullable String contactPhone;
    @Enumerated(EnumType.STRING)
    private PreferredContact preferredContact;
    private boolean voicemailOk;
    private String language;
    private String followNonce;
    private String status;
    private Instant submittedAt;
    private boolean verifiedIdentity;
    private boolean poaDigital;
    private byte @Nullable [] cprSealed;

    protected Inquiry() {
        this.reference = this.description = this.contactName = this.language = this.followNonce = this.status = "";
        this.need = InquiryNeed.OTHER;
        this.departmentContacted = Answer.UNSURE;
        this.representation = Representation.SELF;
        this.preferredContact = PreferredContact.PHONE;
        this.submittedAt = Instant.EPOCH;
    }

    public Inquiry(String reference, long municipalityId, InquirySubmission s, String followNonce, Instant now) {
        this.reference = reference;
        this.municipalityId = municipalityId;
        this.need = s.need();
        this.departmentId = s.departmentId();
        this.departmentContacted = s.screening().departmentContacted();
        this.forwardConsent = s.screening().forwardConsent();
        this.happenedOn = s.screening().happenedOn();
        this.appealableDecision = s.screening().appealableDecision();
        this.politicalDecision = s.screening().politicalDecision();
        this.staffMatter = s.screening().staffMatter();
        this.withOtherAuthority = s.screening().withOtherAuthority();
        this.representation = s.representation();
        this.subjectName = s.subjectName();
        this.custodyConfirmed = s.custodyConfirmed();
        this.description = s.description();
        this.desiredOutcome = s.desiredOutcome();
        this.contactName = s.contactName();
        this.contactEmail = s.email();
        this.contactPhone = s.phone();
        this.preferredContact = s.preferredContact();
        this.voicemailOk = s.voicemailOk();
        this.language = s.language().getLanguage();
        this.followNonce = followNonce;
        this.status = "RECEIVED";
        this.submittedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Inquiry not saved yet");
        }
        return id;
    }

    public String reference() {
        return reference;
    }

    public long municipalityId() {
        return municipalityId;
    }

    public InquiryNeed need() {
        return need;
    }

    public @Nullable Long departmentId() {
        return departmentId;
    }

    public Representation representation() {
        return representation;
    }

    public @Nullable String subjectName() {
        return subjectName;
    }

    public String description() {
        return description;
    }

    public @Nullable String desiredOutcome() {
        return desiredOutcome;
    }

    public String contactName() {
        return contactName;
    }

    public @Nullable String contactEmail() {
        return contactEmail;
    }

    public @Nullable String contactPhone() {
        return contactPhone;
    }

    public PreferredContact preferredContact() {
        return preferredContact;
    }

    public String language() {
        return language;
    }

    public String followNonce() {
        return followNonce;
    }

    public String status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Screening screening() {
        return new Screening(departmentContacted, forwardConsent, happenedOn, appealableDecision, politicalDecision,
                staffMatter, withOtherAuthority);
    }

    public boolean custodyConfirmed() {
        return custodyConfirmed;
    }

    public boolean voicemailOk() {
        return voicemailOk;
    }

    /** The citizen signed in with MitID; the CPR number is kept sealed only. */
    public void verifiedBy(byte[] sealedCpr) {
        this.verifiedIdentity = true;
        this.cprSealed = sealedCpr;
    }

    public boolean verifiedIdentity() {
        return verifiedIdentity;
    }

    public byte @Nullable [] cprSealed() {
        return cprSealed;
    }

    /** The power of attorney came through Digital Fuldmagt with the citizen's MitID login. */
    public void powerOfAttorneyViaDigitalFuldmagt() {
        this.poaDigital = true;
    }

    public boolean poaDigital() {
        return poaDigital;
    }
}
