package dk.borgerraadgiver.inquiry;

/**
 * A checked, encrypted upload waiting for its inquiry to be sent. The id names the file on the
 * server; the display name is the citizen's own file name, cleaned.
 */
public record StagedFile(String id, String displayName, String mediaType, long size, String sha256,
                         AttachmentKind kind) {
}
