package dk.borgerraadgiver.casework;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dk.borgerraadgiver.casework.internal.AccessCode;
import dk.borgerraadgiver.casework.internal.AccessCodeRepository;
import dk.borgerraadgiver.casework.internal.Actor;
import dk.borgerraadgiver.casework.internal.CaseFile;
import dk.borgerraadgiver.casework.internal.CaseFileRepository;
import dk.borgerraadgiver.casework.internal.CaseMessage;
import dk.borgerraadgiver.casework.internal.CaseMessageAttachment;
import dk.borgerraadgiver.casework.internal.CaseMessageAttachmentRepository;
import dk.borgerraadgiver.casework.internal.CaseMessageRepository;
import dk.borgerraadgiver.casework.internal.CaseRecorder;
import dk.borgerraadgiver.inquiry.AttachmentStaging;
import dk.borgerraadgiver.inquiry.StagedFile;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.security.StaffAccounts;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.inquiry.InquiryDocuments;
import dk.borgerraadgiver.shared.LinkLifetimes;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.PrivateLinks;
import dk.borgerraadgiver.shared.SecurityEvents;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import dk.borgerraadgiver.shared.StaffRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import dk.borgerraadgiver.inquiry.AttachmentKind;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Secure messages between the advisor and the citizen. The citizen is told by mail that a message
 * is waiting (never what it says), opens the private link, proves it is them with a one-time code
 * sent to their e-mail address, and reads and answers in the portal, with files checked as at intake.
 */
@Service
public class CitizenMessages {

    private static final Logger log = LoggerFactory.getLogger(CitizenMessages.class);

    public static final String LINK_PURPOSE = "case-messages";
    static final String SESSION_PURPOSE = "case-session";
    public static final int MAX_MESSAGE = 10_000;
    static final Duration CODE_VALIDITY = Duration.ofMinutes(15);
    static final Duration SESSION_VALIDITY = Duration.ofMinutes(60);
    /** A new code at most once a minute, so the link cannot be used to flood the citizen's mailbox. */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(1);

    private final CaseFileRepository cases;
    private final CaseMessageRepository messages;
    private final CaseMessageAttachmentRepository files;
    private final AccessCodeRepository codes;
    private final CaseRecorder recorder;
    private final CaseAudit audit;
    private final StaffScope scope;
    private final StaffAccounts staff;
    private final MunicipalityDirectory municipalities;
    private final AttachmentStaging staging;
    private final PrivateLinks links;
    private final AccessCodeMail codeMail;
    private final ApplicationEventPublisher events;
    private final MessageSource texts;
    private final Clock clock;
    private final InquiryDocuments inquiryDocuments;

    CitizenMessages(CaseFileRepository cases, CaseMessageRepository messages, CaseMessageAttachmentRepository files,
                    AccessCodeRepository codes, CaseRecorder recorder, CaseAudit audit, StaffScope scope,
                    StaffAccounts staff, MunicipalityDirectory municipalities, AttachmentStaging staging,
                    PrivateLinks links, AccessCodeMail codeMail, ApplicationEventPublisher events, MessageSource texts,
                    Clock clock, InquiryDocuments inquiryDocuments) {
        this.inquiryDocuments = inquiryDocuments;
        this.cases = cases;
        this.messages = messages;
        this.files = files;
        this.codes = codes;
        this.recorder = recorder;
        this.audit = audit;
        this.scope = scope;
        this.staff = staff;
        this.municipalities = municipalities;
        this.staging = staging;
        this.links = links;
        this.codeMail = codeMail;
        this.events = events;
        this.texts = texts;
        this.clock = clock;
    }

    /** The advisor writes to the citizen; the citizen gets a mail saying a message is waiting. */
    @Transactional
    @PreAuthorize(StaffRoles.STAFF)
    public long send(long caseId, String text) {
        var caseFile = cases.findById(caseId).orElseThrow(() -> new CaseRefusedException("notFound"));
        scope.requireServes(caseFile.municipalityId());
        var body = text.strip();
        if (body.isEmpty() || body.length() > MAX_MESSAGE) {
            throw new CaseRefusedException("message");
        }
        if (caseFile.citizenEmail() == null) {
            throw new CaseRefusedException("noEmail");
        }
        var author = staff.displayName(Actor.current()).orElse(Actor.current());
        var message = messages.save(new CaseMessage(caseId, false, author, body, clock.instant()));
        recorder.step(caseId, CaseEventType.MESSAGE_SENT, null);
        audit.recordCase(AuditAction.MESSAGE_SENT, caseId, "message " + message.id());
        events.publishEvent(new CaseworkEvents.CaseMessageSent(caseId, message.id(), caseFile.municipalityId()));
        return message.id();
    }

    /** One click: asks the citizen, through a secure message, for the signed power of attorney. */
    @Transactional
    @PreAuthorize(StaffRoles.STAFF)
    public long requestPowerOfAttorney(long caseId) {
        var caseFile = cases.findById(caseId).orElseThrow(() -> new CaseRefusedException("notFound"));
        scope.requireServes(caseFile.municipalityId());
        var locale = PortalLanguages.of(caseFile.language());
        long id = send(caseId, texts.getMessage("case.poa.requestText", null, locale));
        caseFile.powerOfAttorney(PowerOfAttorneyStatus.REQUESTED, null, null);
        recorder.step(caseId, CaseEventType.POA_REQUESTED, null);
        return id;
    }

    /** The private link for a case's citizen, for the "new message" mail. */
    @Transactional(readOnly = true)
    public Optional<String> linkToken(long caseId) {
        return cases.findById(caseId).map(c -> links.token(LINK_PURPOSE, c.id(), c.citizenNonce()));
    }

    /** What the link shows before the code. */
    @Transactional(readOnly = true)
    public Optional<CitizenCase> findByLink(String token) {
        return caseFor(token).map(c -> citizenCase(c, List.of()));
    }

    /**
     * Sends a fresh six-digit code to the citizen's e-mail address; returns false if it could not be
     * sent, and refuses ("tooSoon") when the last code went out less than a minute ago.
     */
    @Transactional
    public boolean sendCode(String token) {
        var caseFile = caseFor(token).orElseThrow(() -> new CaseRefusedException("link"));
        if (caseFile.citizenEmail() == null) {
            return false;
        }
        var today = PortalTime.today(clock);
        var existing = codes.findById(caseFile.id());
        if (existing.isPresent() && existing.get().expiresAt().isAfter(clock.instant().plus(CODE_VALIDITY).minus(RESEND_PAUSE))) {
            throw new CaseRefusedException("tooSoon");
        }
        if (existing.isPresent() && !existing.get().mayGetAnotherCode(today)) {
            SecurityEvents.record("code.dailyLimit", null);
            throw new CaseRefusedException("tooManyCodes");
        }
        var code = OneTimeCode.generate();
        var expiry = clock.instant().plus(CODE_VALIDITY);
        var accessCode = existing.orElseGet(() -> codes.save(new AccessCode(caseFile.id(), OneTimeCode.hash(code), expiry)));
        accessCode.newCode(OneTimeCode.hash(code), expiry, today);
        try {
            codeMail.send(caseFile.citizenEmail(), caseFile.citizenName(), caseFile.municipalityId(),
                    caseFile.reference() == null ? "" : caseFile.reference(), code, PortalLanguages.of(caseFile.language()));
            return true;
        } catch (RuntimeException e) {
            // The class only: the message of a mail failure can hold the citizen's address.
            log.warn("One-time code for case {} not sent: {}", caseFile.id(), e.getClass().getSimpleName());
            return false;
        }
    }

    /**
     * Checks the code. On success returns a session ticket for this case that the page passes back;
     * the code cannot be used again, and five wrong codes spend it.
     */
    @Transactional(noRollbackFor = CaseRefusedException.class)
    public Optional<String> verifyCode(String token, String code) {
        var caseFile = caseFor(token).orElseThrow(() -> new CaseRefusedException("link"));
        var stored = codes.findById(caseFile.id());
        var today = PortalTime.today(clock);
        if (stored.isEmpty() || stored.get().expiresAt().isBefore(clock.instant())
                || !stored.get().mayBeGuessed(today)) {
            throw new CaseRefusedException("codeExpired");
        }
        var accessCode = stored.get();
        if (!OneTimeCode.matches(code, accessCode.codeHash())) {
            accessCode.failedAttempt(today);
            codes.flush();
            return Optional.empty();
        }
        accessCode.startSession(OneTimeCode.sessionSecret(), clock.instant().plus(SESSION_VALIDITY));
        return Optional.of(links.token(SESSION_PURPOSE, caseFile.id(), accessCode.codeHash()));
    }

    /** The conversation, once the code has been given; the advisor's messages are marked read. */
    @Transactional
    public CitizenCase conversation(String token, String ticket) {
        var caseFile = verified(token, ticket);
        var now = clock.instant();
        var all = messages.findByCaseIdOrderBySentAtAscIdAsc(caseFile.id());
        all.stream().filter(m -> !m.fromCitizen()).forEach(m -> m.read(now));
        return citizenCase(caseFile, details(all));
    }

    /** The citizen's answer, with files already checked and staged; stored whole or not at all. */
    @Transactional
    public long reply(String token, String ticket, String text, List<StagedFile> attachments) {
        var caseFile = verified(token, ticket);
        var body = text.strip();
        if (body.isEmpty() || body.length() > MAX_MESSAGE) {
            throw new CaseRefusedException("message");
        }
        if (attachments.size() > staging.maxFiles() || attachments.stream().anyMatch(f -> !staging.isStaged(f))) {
            throw new CaseRefusedException("files");
        }
        var message = messages.save(new CaseMessage(caseFile.id(), true, caseFile.citizenName(), body, clock.instant()));
        for (var file : attachments) {
            files.save(new CaseMessageAttachment(message.id(), file.id(), file.displayName(), file.mediaType(), file.size()));
        }
        files.flush();
        attachments.forEach(staging::keep);
        if (attachments.stream().anyMatch(f -> f.kind() != AttachmentKind.EVIDENCE)
                && caseFile.poaStatus() != PowerOfAttorneyStatus.VERIFIED) {
            caseFile.powerOfAttorney(PowerOfAttorneyStatus.RECEIVED, null, null);
            recorder.step(caseFile.id(), CaseEventType.POA_RECEIVED, "message " + message.id());
        }
        if (caseFile.status() == CaseStatus.CLOSED) {
            caseFile.reopen();
            recorder.step(caseFile.id(), CaseEventType.REOPENED, null);
        }
        recorder.step(caseFile.id(), CaseEventType.MESSAGE_RECEIVED, attachments.isEmpty() ? null : attachments.size() + " files");
        events.publishEvent(new CaseworkEvents.CitizenReplied(caseFile.id(), message.id(), caseFile.municipalityId()));
        return message.id();
    }

    /** For the notification module: the address and greeting of a "new message" mail, no content. */
    @Transactional(readOnly = true)
    public Optional<MessageNotice> notice(long caseId) {
        return cases.findById(caseId).map(c -> new MessageNotice(c.id(), c.reference() == null ? "" : c.reference(),
                c.municipalityId(), c.citizenName(), c.citizenEmail(), PortalLanguages.of(c.language()),
                links.token(LINK_PURPOSE, c.id(), c.citizenNonce())));
    }

    /** The facts a "new message" mail needs. */
    public record MessageNotice(long caseId, String reference, long municipalityId, String citizenName,
                                @Nullable String email, Locale language,
                                String linkToken) {
        @Override
        public String toString() {
            return "MessageNotice[" + reference + "]";
        }
    }

    private CaseFile verified(String token, String ticket) {
        var caseFile = caseFor(token).orElseThrow(() -> new CaseRefusedException("link"));
        var accessCode = codes.findById(caseFile.id()).orElseThrow(() -> new CaseRefusedException("codeExpired"));
        if (accessCode.expiresAt().isBefore(clock.instant())
                || !links.matches(ticket, SESSION_PURPOSE, caseFile.id(), accessCode.codeHash())) {
            throw new CaseRefusedException("codeExpired");
        }
        return caseFile;
    }

    /** The municipality to call when a genuine message link has expired (eight weeks after closing). */
    @Transactional(readOnly = true)
    public Optional<Long> expiredLinkMunicipality(String token) {
        return authentic(token).filter(this::linkExpired).map(CaseFile::municipalityId);
    }

    /** The inquiry's receipt (what the citizen sent), once the code has been given. */
    @Transactional(readOnly = true)
    public Optional<byte[]> receipt(String token, String ticket) {
        var caseFile = verified(token, ticket);
        return caseFile.inquiryId() == null ? Optional.empty() : inquiryDocuments.receiptForVerifiedCitizen(caseFile.inquiryId());
    }

    Optional<CaseFile> caseFor(String token) {
        return authentic(token).filter(caseFile -> !linkExpired(caseFile));
    }

    private boolean linkExpired(CaseFile caseFile) {
        return caseFile.status() == CaseStatus.CLOSED
                && LinkLifetimes.expired(caseFile.closedAt(), LinkLifetimes.AFTER_CLOSING, clock.instant());
    }

    private Optional<CaseFile> authentic(String token) {
        var claimed = links.claimedId(token);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        return cases.findById(claimed.getAsLong()).filter(c -> links.matches(token, LINK_PURPOSE, c.id(), c.citizenNonce()));
    }

    private CitizenCase citizenCase(CaseFile caseFile, List<CaseDetails.Message> conversation) {
        var municipality = municipalities.findById(caseFile.municipalityId()).orElseThrow();
        return new CitizenCase(caseFile.id(), caseFile.reference() == null ? "" : caseFile.reference(),
                caseFile.municipalityId(), municipality.name(), municipality.contactPhone(), mask(caseFile.citizenEmail()),
                PortalLanguages.of(caseFile.language()), caseFile.poaStatus() == PowerOfAttorneyStatus.REQUESTED
                || caseFile.poaStatus() == PowerOfAttorneyStatus.MISSING, caseFile.inquiryId() != null, conversation);
    }

    private List<CaseDetails.Message> details(List<CaseMessage> all) {
        var byMessage = files.findByMessageIdIn(all.stream().map(CaseMessage::id).toList()).stream()
                .collect(Collectors.groupingBy(CaseMessageAttachment::messageId));
        return all.stream().map(m -> new CaseDetails.Message(m.id(), m.fromCitizen(), m.authorName(), m.body(), m.sentAt(),
                m.readAt(), byMessage.getOrDefault(m.id(), List.of()).stream()
                .map(f -> new CaseDetails.FileInfo(f.id(), f.originalName(), f.mediaType(), f.sizeBytes())).toList()))
                .toList();
    }

    static @Nullable String mask(@Nullable String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 1) {
            return "***" + email.substring(Math.max(at, 0));
        }
        return email.charAt(0) + "***" + email.substring(at);
    }
}
