package dk.borgerraadgiver.casework;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import dk.borgerraadgiver.casework.internal.CaseEventRepository;
import dk.borgerraadgiver.casework.internal.CaseFile;
import dk.borgerraadgiver.casework.internal.CaseFileRepository;
import dk.borgerraadgiver.casework.internal.CaseForwardRepository;
import dk.borgerraadgiver.casework.internal.CaseMessageAttachmentRepository;
import dk.borgerraadgiver.casework.internal.CaseMessageRepository;
import dk.borgerraadgiver.casework.internal.ComplaintPoint;
import dk.borgerraadgiver.casework.internal.ComplaintPointRepository;
import dk.borgerraadgiver.casework.internal.JournalEntryRepository;
import dk.borgerraadgiver.inquiry.AttachmentArchive;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Set;

/**
 * Reading one case: opening it (each opening is one audit entry), reading it again after the advisor's
 * own change, and streaming its files (each download audit-logged). Every method checks that the
 * signed-in advisor serves the case's municipality; {@link CaseFiles} changes cases.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class CaseReader {

    private final CaseFileRepository cases;
    private final ComplaintPointRepository points;
    private final CaseForwardRepository forwards;
    private final JournalEntryRepository journal;
    private final CaseEventRepository events;
    private final CaseMessageRepository messages;
    private final CaseMessageAttachmentRepository messageFiles;
    private final ClassificationSchemes schemes;
    private final MunicipalityDirectory municipalities;
    private final AttachmentArchive archive;
    private final StaffScope scope;
    private final CaseAudit audit;
    private final Clock clock;

    CaseReader(CaseFileRepository cases, ComplaintPointRepository points, CaseForwardRepository forwards,
               JournalEntryRepository journal, CaseEventRepository events, CaseMessageRepository messages,
               CaseMessageAttachmentRepository messageFiles, ClassificationSchemes schemes,
               MunicipalityDirectory municipalities, AttachmentArchive archive, StaffScope scope, CaseAudit audit,
               Clock clock) {
        this.cases = cases;
        this.points = points;
        this.forwards = forwards;
        this.journal = journal;
        this.events = events;
        this.messages = messages;
        this.messageFiles = messageFiles;
        this.schemes = schemes;
        this.municipalities = municipalities;
        this.archive = archive;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a case for reading; each opening is one audit entry. */
    @Transactional
    public CaseDetails open(long caseId) {
        var caseFile = load(caseId);
        audit.recordCase(AuditAction.CASE_OPENED, caseId, null);
        return details(caseFile);
    }

    /** Reads a case again after the advisor's own change on the open page; the change itself is logged. */
    @Transactional(readOnly = true)
    public CaseDetails refresh(long caseId) {
        return details(load(caseId));
    }

    /** Streams a file the citizen sent with the inquiry; each download is audit-logged. */
    @Transactional
    public InputStream openInquiryFile(long caseId, long attachmentId) throws IOException {
        var caseFile = load(caseId);
        if (caseFile.inquiryId() == null || archive.attachmentsOf(caseFile.inquiryId()).stream().noneMatch(a -> a.id() == attachmentId)) {
            throw new CaseRefusedException("noSuchFile");
        }
        audit.recordCase(AuditAction.ATTACHMENT_DOWNLOADED, caseId, "inquiry file " + attachmentId);
        return archive.open(attachmentId);
    }

    /** Streams a file the citizen attached to a reply; each download is audit-logged. */
    @Transactional
    public InputStream openMessageFile(long caseId, long fileId) throws IOException {
        load(caseId);
        var file = messageFiles.findById(fileId).orElseThrow(() -> new CaseRefusedException("noSuchFile"));
        var message = messages.findById(file.messageId()).filter(m -> m.caseId() == caseId)
                .orElseThrow(() -> new CaseRefusedException("noSuchFile"));
        audit.recordCase(AuditAction.ATTACHMENT_DOWNLOADED, caseId, "message file " + fileId + " of message " + message.id());
        return archive.openKept(file.storedName());
    }

    /** The case, when the signed-in advisor serves its municipality. */
    CaseFile load(long caseId) {
        var caseFile = cases.findById(caseId).orElseThrow(() -> new CaseRefusedException("notFound"));
        scope.requireServes(caseFile.municipalityId());
        return caseFile;
    }

    /** What stands in the way of closing the case (the one rule: {@link ClassificationRules}). */
    Set<ClosingProblem> closingProblems(CaseFile caseFile) {
        var classifications = points.findByCaseIdOrderByMainDescIdAsc(caseFile.id()).stream()
                .map(ComplaintPoint::classification).toList();
        return ClassificationRules.problemsBeforeClosing(caseFile.noRealCaseWork(), classifications,
                schemes.categorisesAllKinds(caseFile.municipalityId()));
    }

    private CaseDetails details(CaseFile caseFile) {
        long caseId = caseFile.id();
        var municipality = municipalities.findById(caseFile.municipalityId()).orElseThrow();
        Map<Long, String> departmentNames = municipalities.departments(caseFile.municipalityId()).stream()
                .collect(Collectors.toMap(DepartmentNode::id, DepartmentNode::name));
        var today = PortalTime.today(clock);
        var pointList = points.findByCaseIdOrderByMainDescIdAsc(caseId).stream()
                .map(p -> new CaseDetails.Point(p.id(), p.origin(), p.classification())).toList();
        var forwardList = forwards.findByCaseIdOrderById(caseId).stream()
                .map(f -> new CaseDetails.Forward(f.id(), f.departmentId(), departmentNames.getOrDefault(f.departmentId(), "?"),
                        f.forwardedOn(), f.answerDeadline(), f.answeredOn(), f.copyReceived(), f.reminders(),
                        f.answeredOn() == null && f.answerDeadline().isBefore(today)))
                .toList();
        var notes = journal.findByCaseIdOrderByWrittenAtDesc(caseId).stream()
                .map(n -> new CaseDetails.Note(n.author(), n.writtenAt(), n.text())).toList();
        var timeline = new ArrayList<>(events.findByCaseIdOrderByHappenedAtDescIdDesc(caseId).stream()
                .map(e -> new CaseDetails.TimelineEntry(e.happenedAt(), e.actor(), e.type(), e.detail())).toList());
        timeline.sort(Comparator.comparing(CaseDetails.TimelineEntry::at).reversed());
        var messageList = messages.findByCaseIdOrderBySentAtAscIdAsc(caseId);
        var files = messageFiles.findByMessageIdIn(messageList.stream().map(m -> m.id()).toList()).stream()
                .collect(Collectors.groupingBy(f -> f.messageId()));
        var messageDetails = messageList.stream().map(m -> new CaseDetails.Message(m.id(), m.fromCitizen(), m.authorName(),
                m.body(), m.sentAt(), m.readAt(), files.getOrDefault(m.id(), List.of()).stream()
                .map(f -> new CaseDetails.FileInfo(f.id(), f.originalName(), f.mediaType(), f.sizeBytes())).toList()))
                .toList();
        var inquiry = caseFile.inquiryId() == null || caseFile.erasedAt() != null ? null : archive.content(caseFile.inquiryId());
        return new CaseDetails(caseId, caseFile.reference() == null ? "" : caseFile.reference(), caseFile.municipalityId(),
                municipality.name(), caseFile.channel(), caseFile.registeredOn(), caseFile.registeredAt(),
                caseFile.registeredBy(), caseFile.citizenName(), caseFile.citizenEmail(), caseFile.citizenPhone(),
                caseFile.citizenKey(), caseFile.language(), caseFile.summary(), caseFile.noRealCaseWork(), caseFile.status(),
                caseFile.poaStatus(), caseFile.poaVerifiedBy(), caseFile.poaVerifiedAt(), caseFile.deadline(),
                caseFile.bookingId(), caseFile.importedFrom(), inquiry, pointList, forwardList, notes, timeline,
                messageDetails, closingProblems(caseFile), schemes.categorisesAllKinds(caseFile.municipalityId()),
                caseFile.legalHoldReason(), caseFile.erasedAt());
    }
}
