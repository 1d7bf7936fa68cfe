package dk.borgerraadgiver.inquiry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import dk.borgerraadgiver.security.CitizenIdentity;
import dk.borgerraadgiver.inquiry.internal.EncryptedFileStore;
import dk.borgerraadgiver.inquiry.internal.Inquiry;
import dk.borgerraadgiver.inquiry.internal.InquiryAttachment;
import dk.borgerraadgiver.inquiry.internal.InquiryAttachmentRepository;
import dk.borgerraadgiver.inquiry.internal.InquiryRepository;
import dk.borgerraadgiver.inquiry.internal.ReferenceNumbers;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.AttemptLimiter;
import dk.borgerraadgiver.shared.EmailAddress;
import dk.borgerraadgiver.shared.PhoneNumber;
import dk.borgerraadgiver.shared.PrivateLinks;
import dk.borgerraadgiver.shared.SecurityEvents;
import dk.borgerraadgiver.shared.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores an inquiry whole or not at all: the row, its reference number, its attachments (moved from
 * staging into the kept files) and the {@link InquirySubmitted} event commit together. If anything
 * fails, the rows roll back and the files go back to staging, where the sweeper removes them.
 */
@Service
public class InquiryIntake {

    static final String LINK_PURPOSE = "inquiry";
    private static final Logger log = LoggerFactory.getLogger(InquiryIntake.class);

    private final MunicipalityDirectory municipalities;
    private final InquiryRepository inquiries;
    private final InquiryAttachmentRepository attachments;
    private final ReferenceNumbers references;
    private final EncryptedFileStore store;
    private final PrivateLinks links;
    private final ApplicationEventPublisher events;
    private final InquiryProperties properties;
    private final Clock clock;
    private final AttemptLimiter submissionsPerClient;

    InquiryIntake(MunicipalityDirectory municipalities, InquiryRepository inquiries,
                  InquiryAttachmentRepository attachments, ReferenceNumbers references, EncryptedFileStore store,
                  PrivateLinks links, ApplicationEventPublisher events, InquiryProperties properties, Clock clock) {
        this.municipalities = municipalities;
        this.inquiries = inquiries;
        this.attachments = attachments;
        this.references = references;
        this.store = store;
        this.links = links;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.submissionsPerClient = new AttemptLimiter(properties.submissionsPerClientPerHour(), Duration.ofHours(1), clock);
    }

    /**
     * Stores the submission; {@code client} is the address it came from, and one address may send
     * {@code portal.inquiry.submissions-per-client-per-hour} inquiries an hour across all sessions.
     */
    /** What the sealed CPR number is bound to. */
    public static final String CPR_PURPOSE = "inquiry-cpr";

    @Transactional
    public InquiryReceipt submit(InquirySubmission submission, String client) {
        if (!submissionsPerClient.tryAcquire(client)) {
            SecurityEvents.record("ratelimit.inquiry", client);
            throw new InvalidSubmissionException("rateLimited");
        }
        var municipality = municipalities.findBySlug(submission.municipalitySlug())
                .filter(found -> !found.paused())
                .orElseThrow(() -> new InvalidSubmissionException("municipality"));
        validate(submission, municipality.id());
        var now = clock.instant();
        var year = LocalDate.ofInstant(now, PortalTime.ZONE).getYear();
        var nonce = PrivateLinks.newNonce();
        // Signed in with MitID: the name is the one MitID gave, and the CPR number is kept sealed only.
        var citizen = CitizenIdentity.current();
        var sent = citizen.map(identity -> submission.withContactName(identity.name())).orElse(submission);
        var inquiry = new Inquiry(references.next(municipality.id(), year), municipality.id(), sent, nonce, now);
        citizen.ifPresent(identity -> {
            inquiry.verifiedBy(store.seal(identity.cpr(), CPR_PURPOSE));
            if (sent.representation() == Representation.POWER_OF_ATTORNEY && identity.hasDigitalPowerOfAttorney()) {
                inquiry.powerOfAttorneyViaDigitalFuldmagt();
            }
        });
        inquiries.save(inquiry);
        for (StagedFile file : submission.attachments()) {
            attachments.save(new InquiryAttachment(inquiry.id(), file, now));
            keep(file.id());
        }
        attachments.flush();
        events.publishEvent(new InquirySubmitted(inquiry.id(), municipality.id()));
        log.info("Inquiry {} received for municipality {} with {} attachment(s)", inquiry.reference(),
                municipality.code(), submission.attachments().size());
        return new InquiryReceipt(inquiry.id(), inquiry.reference(), now, links.token(LINK_PURPOSE, inquiry.id(), nonce),
                municipality.callbackWorkingDays());
    }

    private void keep(String storedName) {
        try {
            store.keep(storedName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        store.unkeep(storedName);
                    } catch (IOException e) {
                        log.error("Could not return file {} to staging after a rollback", storedName, e);
                    }
                }
            }
        });
    }

    private void validate(InquirySubmission s, long municipalityId) {
        if (s.description().isBlank() || s.description().length() > InquirySubmission.MAX_DESCRIPTION) {
            throw new InvalidSubmissionException("description");
        }
        if (s.desiredOutcome() != null && s.desiredOutcome().length() > InquirySubmission.MAX_OUTCOME) {
            throw new InvalidSubmissionException("desiredOutcome");
        }
        if (s.contactName().isBlank() || s.contactName().length() > 120) {
            throw new InvalidSubmissionException("contactName");
        }
        boolean hasEmail = s.email() != null && !s.email().isBlank();
        boolean hasPhone = s.phone() != null && !s.phone().isBlank();
        if (!hasEmail && !hasPhone) {
            throw new InvalidSubmissionException("contact");
        }
        if (hasEmail && !EmailAddress.isValid(s.email())) {
            throw new InvalidSubmissionException("email");
        }
        if (hasPhone && !PhoneNumber.isValid(s.phone())) {
            throw new InvalidSubmissionException("phone");
        }
        if (s.representation() != Representation.SELF && (s.subjectName() == null || s.subjectName().isBlank())) {
            throw new InvalidSubmissionException("subjectName");
        }
        if (s.representation() == Representation.PARENT && !s.custodyConfirmed()) {
            throw new InvalidSubmissionException("custody");
        }
        if (s.departmentId() != null && municipalities.departments(municipalityId).stream()
                .noneMatch(department -> department.active() && department.id() == s.departmentId())) {
            throw new InvalidSubmissionException("department");
        }
        if (s.attachments().size() > properties.maxFiles()
                || s.attachments().stream().mapToLong(StagedFile::size).sum() > properties.maxTotalSize().toBytes()) {
            throw new InvalidSubmissionException("attachments");
        }
        if (s.attachments().stream().anyMatch(file -> !store.isStaged(file.id()))) {
            throw new InvalidSubmissionException("attachmentsExpired");
        }
    }
}
