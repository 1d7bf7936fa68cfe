package dk.borgerraadgiver.casework.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A file the citizen attached to a reply; the content is kept encrypted by the inquiry module's store. */
@Entity
@Table(name = "case_message_attachment")
public class CaseMessageAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long messageId;
    private String storedName;
    private String originalName;
    private String mediaType;
    private long sizeBytes;

    protected CaseMessageAttachment() {
        this.storedName = this.originalName = this.mediaType = "";
    }

    public CaseMessageAttachment(long messageId, String storedName, String originalName, String mediaType, long sizeBytes) {
        this.messageId = messageId;
        this.storedName = storedName;
        this.originalName = originalName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
    }

    public long id() { return id == null ? 0 : id; }
    public long messageId() { return messageId; }
    public String storedName() { return storedName; }
    public String originalName() { return originalName; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
}
