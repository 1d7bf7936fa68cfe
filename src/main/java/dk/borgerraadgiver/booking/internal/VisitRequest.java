package dk.borgerraadgiver.booking.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.borgerraadgiver.booking.VisitRequestStatus;
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
import org.jspecify.annotations.Nullable;

/** A citizen's request for a home visit (or a meeting elsewhere), with up to three proposed times. */
@Entity
@Table(name = "visit_request")
public class VisitRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String reference;
    private long meetingTypeId;
    private long municipalityId;
    @Embedded
    private StoredContact contact;
    private String language;
    private String place;
    private String reason;
    @Column(name = "proposed_1")
    private Instant proposed1;
    @Column(name = "proposed_2")
    private @Nullable Instant proposed2;
    @Column(name = "proposed_3")
    private @Nullable Instant proposed3;
    @Enumerated(EnumType.STRING)
    private VisitRequestStatus status;
    private @Nullable Long bookingId;
    private @Nullable String advisorMessage;
    private Instant createdAt;
    private @Nullable Instant answeredAt;

    protected VisitRequest() {
        this.reference = this.language = this.place = this.reason = "";
        this.contact = StoredContact.beforeLoading();
        this.proposed1 = this.createdAt = Instant.EPOCH;
        this.status = VisitRequestStatus.REQUESTED;
    }

    public VisitRequest(String reference, MeetingType type, String citizenName, @Nullable String citizenEmail,
                        @Nullable String citizenPhone, String language, String place, String reason,
                        List<Instant> proposed, Instant now) {
        if (proposed.isEmpty() || proposed.size() > 3) {
            throw new IllegalArgumentException("One to three proposed times");
        }
        this.reference = reference;
        this.meetingTypeId = type.id();
        this.municipalityId = type.municipalityId();
        this.contact = new StoredContact(citizenName, citizenEmail, citizenPhone);
        this.language = language;
        this.place = place;
        this.reason = reason;
        this.proposed1 = proposed.get(0);
        this.proposed2 = proposed.size() > 1 ? proposed.get(1) : null;
        this.proposed3 = proposed.size() > 2 ? proposed.get(2) : null;
        this.status = VisitRequestStatus.REQUESTED;
        this.createdAt = now;
    }

    public void accept(long bookingId, Instant now) {
        requireOpen();
        this.status = VisitRequestStatus.ACCEPTED;
        this.bookingId = bookingId;
        this.answeredAt = now;
    }

    public void answer(VisitRequestStatus answer, String message, Instant now) {
        requireOpen();
        if (answer != VisitRequestStatus.OTHER_TIME_PROPOSED && answer != VisitRequestStatus.DECLINED) {
            throw new IllegalArgumentException("Answer with another time or a refusal");
        }
        this.status = answer;
        this.advisorMessage = message;
        this.answeredAt = now;
    }

    private void requireOpen() {
        if (status != VisitRequestStatus.REQUESTED) {
            throw new IllegalStateException("The request has already been answered");
        }
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Request not saved yet");
        }
        return id;
    }

    public String reference() {
        return reference;
    }

    public long meetingTypeId() {
        return meetingTypeId;
    }

    public long municipalityId() {
        return municipalityId;
    }

    public String citizenName() {
        return contact.name();
    }

    public @Nullable String citizenEmail() {
        return contact.email();
    }

    public @Nullable String citizenPhone() {
        return contact.phone();
    }

    public String language() {
        return language;
    }

    public String place() {
        return place;
    }

    public String reason() {
        return reason;
    }

    public List<Instant> proposed() {
        var times = new ArrayList<Instant>();
        times.add(proposed1);
        if (proposed2 != null) {
            times.add(proposed2);
        }
        if (proposed3 != null) {
            times.add(proposed3);
        }
        return times;
    }

    public VisitRequestStatus status() {
        return status;
    }

    public @Nullable String advisorMessage() {
        return advisorMessage;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
