package dk.borgerraadgiver.inquiry;

/** An inquiry was stored whole. Carries ids only; the back office and the mail read the rest. */
public record InquirySubmitted(long inquiryId, long municipalityId) {
}
