package dk.borgerraadgiver.inquiry;

import java.time.Instant;

/** What the citizen gets after sending: the reference, when, and the private link to follow it. */
public record InquiryReceipt(long inquiryId, String reference, Instant submittedAt, String followToken,
                             int callbackWorkingDays) {

    @Override
    public String toString() {
        return "InquiryReceipt[" + reference + "]";
    }
}
