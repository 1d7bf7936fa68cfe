package dk.borgerraadgiver.casework;

import java.util.Optional;

import dk.borgerraadgiver.casework.internal.CaseFileRepository;
import dk.borgerraadgiver.inquiry.InquiryCaseProgress;
import dk.borgerraadgiver.shared.PrivateLinks;
import dk.borgerraadgiver.shared.PublicLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells an inquiry's follow page about the case that grew from it: closed or not, and where its messages are. */
@Component
class CaseProgressForInquiries implements InquiryCaseProgress {

    private final CaseFileRepository cases;
    private final PrivateLinks links;

    CaseProgressForInquiries(CaseFileRepository cases, PrivateLinks links) {
        this.cases = cases;
        this.links = links;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseProgress> forInquiry(long inquiryId) {
        return cases.findByInquiryId(inquiryId).map(caseFile -> new CaseProgress(
                caseFile.status() == CaseStatus.CLOSED ? caseFile.closedAt() : null,
                PublicLinks.messagesPath(links.token(CitizenMessages.LINK_PURPOSE, caseFile.id(), caseFile.citizenNonce()))));
    }
}
