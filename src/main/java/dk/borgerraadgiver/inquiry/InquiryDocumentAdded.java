package dk.borgerraadgiver.inquiry;

/** The citizen sent a document after the inquiry (e.g. the power of attorney); carries ids, never content. */
public record InquiryDocumentAdded(long inquiryId, long municipalityId, long attachmentId, AttachmentKind kind) {
}
