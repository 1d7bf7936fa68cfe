package dk.borgerraadgiver.inquiry.internal;

import java.time.Instant;

import dk.borgerraadgiver.inquiry.AttachmentKind;
import dk.borgerraadgiver.inquiry.StagedFile;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A file sent with an inquiry: described here, stored encrypted under its server name. */
@Entity
@Table(name = "inquiry_attachment")
public class InquiryAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long inquiryId;
    @Enumerated(EnumType.STRING)
    private AttachmentKind kind;
    private String storedName;
    private String originalName;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private Instant createdAt;

    protected InquiryAttachment() {
        this.kind = AttachmentKind.EVIDENCE;
        this.storedName = this.originalName = this.mediaType = this.sha256 = "";
        this.createdAt = Instant.EPOCH;
    }

    public InquiryAttachment(long inquiryId, StagedFile file, Instant now) {
        this.inquiryId = inquiryId;
        this.kind = file.kind();
        this.storedName = file.id();
        this.originalName = file.displayName();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.size();
        this.sha256 = file.sha256();
        this.createdAt = now;
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("Attachment not saved yet");
        }
        return id;
    }

    public long inquiryId() {
        return inquiryId;
    }

    public AttachmentKind kind() {
        return kind;
    }

    public String storedName() {
        return storedName;
    }

    public String originalName() {
        return originalName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }
}
