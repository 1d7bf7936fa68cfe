package dk.borgerraadgiver.inquiry;

import java.util.Optional;

import dk.borgerraadgiver.inquiry.internal.InquiryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notification module may know to write a receipt: the status (no text) and the follow
 * link. Called from event listeners, where nobody is signed in.
 */
@Service
@Transactional(readOnly = true)
public class InquiryNotices {

    private final InquiryRepository inquiries;
    private final InquiryFollow follow;

    InquiryNotices(InquiryRepository inquiries, InquiryFollow follow) {
        this.inquiries = inquiries;
        this.follow = follow;
    }

    public Optional<InquiryStatus> status(long inquiryId) {
        return inquiries.findById(inquiryId).map(follow::status);
    }

    public Optional<String> followToken(long inquiryId) {
        return inquiries.findById(inquiryId).map(follow::followToken);
    }
}
