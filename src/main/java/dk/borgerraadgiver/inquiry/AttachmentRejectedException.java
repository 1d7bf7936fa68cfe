package dk.borgerraadgiver.inquiry;

/** An upload that is refused; the reason is a message key suffix the citizen's message is built from. */
public class AttachmentRejectedException extends RuntimeException {

    public enum Reason {
        EMPTY, TOO_LARGE, TOO_MANY, TOTAL_TOO_LARGE, BAD_NAME, ARCHIVE, EXECUTABLE, WEB_PAGE, OFFICE_DOCUMENT,
        UNSUPPORTED_TYPE, DAMAGED_PDF, ENCRYPTED_PDF, ACTIVE_PDF, IMAGE_TOO_LARGE, DAMAGED_IMAGE, BUSY, QUOTA,
        STAGING_FULL
    }

    private final Reason reason;

    public AttachmentRejectedException(Reason reason) {
        super("Attachment refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
