package dk.borgerraadgiver.booking.internal;

import java.time.Instant;

import dk.borgerraadgiver.booking.BookingChannel;
import dk.borgerraadgiver.booking.BookingStatus;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.shared.StoredContact;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A citizen's meeting with the advisor. Its manage link is derived from a secret and the nonce, never stored. */
@Entity
@Table(name = "booking")
public class Booking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private String reference;
    private long meetingTypeId;
    private long municipalityId;
    private long advisorId;
    private Instant startsAt;
    private Instant endsAt;
    @Enumerated(EnumType.STRING)
    private BookingStatus status;
    @Enumerated(EnumType.STRING)
    private BookingChannel channel;
    @Embedded
    private StoredContact contact;
    private String language;
    private String needs;
    private @Nullable String topic;
    private String manageNonce;
    private int sequence;
    private Instant createdAt;
    private Instant updatedAt;
    private @Nullable Instant cancelledAt;
    private @Nullable String citizenRef;
    private @Nullable String cancelMessage;

    protected Booking() {
        this.reference = this.language = this.needs = this.manageNonce = "";
        this.contact = StoredContact.beforeLoading();
        this.startsAt = this.endsAt = this.createdAt = this.updatedAt = Instant.EPOCH;
        this.status = BookingStatus.CONFIRMED;
        this.channel = BookingChannel.ONLINE;
    }

    public Booking(String reference, MeetingType type, TimeSlot slot, BookingChannel channel, String citizenName,
                   @Nullable String citizenEmail, @Nullable String citizenPhone, String language, String needs,
                   @Nullable String topic, String manageNonce, Instant now) {
        this.reference = reference;
        this.meetingTypeId = type.id();
        this.municipalityId = type.municipalityId();
        this.advisorId = type.advisorId();
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.status = BookingStatus.CONFIRMED;
        this.channel = channel;
        this.contact = new StoredContact(citizenName, citizenEmail, citizenPhone);
        this.language = language;
        this.needs = needs;
        this.topic = topic;
        this.manageNonce = manageNonce;
        this.sequence = 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void cancel(Instant now, @Nullable String message) {
        if (status != BookingStatus.CONFIRMED) {
            throw new IllegalStateException("Only a confirmed booking can be cancelled");
        }
        cancelMessage = message == null || message.isBlank() ? null : message.strip();
        status = BookingStatus.CANCELLED;
        cancelledAt = now;
        updatedAt = now;
        sequence++;
    }

    public void moveTo(TimeSlot slot, Instant now) {
        if (status != BookingStatus.CONFIRMED) {
            throw new IllegalStateException("Only a confirmed booking can be moved");
        }
        startsAt = slot.start();
        endsAt = slot.end();
        updatedAt = now;
        sequence++;
    }

    public void markOutcome(BookingStatus outcome, Instant now) {
        if (outcome != BookingStatus.ATTENDED && outcome != BookingStatus.NO_SHOW) {
            throw new IllegalArgumentException("An outcome is attended or no-show");
        }
        if (status == BookingStatus.CANCELLED) {
            throw new IllegalStateException("A cancelled booking has no outcome");
        }
        status = outcome;
        updatedAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Booking not saved yet");
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

    public long advisorId() {
        return advisorId;
    }

    public TimeSlot slot() {
        return new TimeSlot(startsAt, endsAt);
    }

    public BookingStatus status() {
        return status;
    }

    public BookingChannel channel() {
        return channel;
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

    public String needs() {
        return needs;
    }

    public @Nullable String topic() {
        return topic;
    }

    public @Nullable String cancelMessage() {
        return cancelMessage;
    }

    public String manageNonce() {
        return manageNonce;
    }

    public int sequence() {
        return sequence;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Made by a citizen signed in with MitID: the keyed hash that lists it under "Mine sager". */
    public void belongsTo(String citizenRef) {
        this.citizenRef = citizenRef;
    }
}
