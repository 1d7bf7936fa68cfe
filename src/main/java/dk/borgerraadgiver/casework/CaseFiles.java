package dk.borgerraadgiver.casework;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.borgerraadgiver.casework.internal.Actor;
import dk.borgerraadgiver.casework.internal.CaseEventRepository;
import dk.borgerraadgiver.casework.internal.CaseFile;
import dk.borgerraadgiver.casework.internal.CaseFileRepository;
import dk.borgerraadgiver.casework.internal.CaseForward;
import dk.borgerraadgiver.casework.internal.CaseForwardRepository;
import dk.borgerraadgiver.casework.internal.CaseMessageAttachmentRepository;
import dk.borgerraadgiver.casework.internal.CaseMessageRepository;
import dk.borgerraadgiver.casework.internal.CaseRecorder;
import dk.borgerraadgiver.casework.internal.ComplaintPoint;
import dk.borgerraadgiver.casework.internal.ComplaintPointRepository;
import dk.borgerraadgiver.casework.internal.JournalEntry;
import dk.borgerraadgiver.casework.internal.JournalEntryRepository;
import dk.borgerraadgiver.inquiry.AttachmentArchive;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.StaffScope;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Set;

/**
 * The advisor's work on one case: reading it (audit-logged), classifying its points, forwarding to a
 * department and tracking the answer, reminders, journal, power of attorney, closing and reopening.
 * Every method checks that the signed-in advisor serves the case's municipality.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class CaseFiles {

    static final int MAX_NOTE = 5000;

    private final CaseFileRepository cases;
    private final ComplaintPointRepository points;
    private final CaseForwardRepository forwards;
    private final JournalEntryRepository journal;
    private final CaseEventRepository events;
    private final CaseMessageRepository messages;
    private final CaseMessageAttachmentRepository messageFiles;
    private final CaseRecorder recorder;
    private final ClassificationSchemes schemes;
    private final MunicipalityDirectory municipalities;
    private final AttachmentArchive archive;
    private final StaffScope scope;
    private final CaseAudit audit;
    private final Clock clock;

    CaseFiles(CaseFileRepository cases, ComplaintPointRepository points, CaseForwardRepository forwards,
              JournalEntryRepository journal, CaseEventRepository events, CaseMessageRepository messages,
              CaseMessageAttachmentRepository messageFiles, CaseRecorder recorder, ClassificationSchemes schemes,
              MunicipalityDirectory municipalities, AttachmentArchive archive, StaffScope scope, CaseAudit audit,
              Clock clock) {
        this.cases = cases;
        this.points = points;
        this.forwards = forwards;
        this.journal = journal;
        this.events = events;
        this.messages = messages;
        this.messageFiles = messageFiles;
        this.recorder = recorder;
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

    /**
     * Adds a point (pointId null) or changes one. The first point is always the main point; making
     * another point main turns the previous main point into a follow-up point.
     */
    @Transactional
    public long classify(long caseId, @Nullable Long pointId, PointClassification classification) {
        var caseFile = openForChange(caseId);
        checkReferences(caseFile, classification);
        var existing = points.findByCaseIdOrderByMainDescIdAsc(caseId);
        var c = classification;
        boolean noOtherMain = existing.stream().noneMatch(p -> p.main() && (pointId == null || p.id() != pointId));
        if (noOtherMain && !c.main()) {
            c = withMain(c, true);
        }
        if (c.main()) {
            existing.stream().filter(p -> p.main() && (pointId == null || p.id() != pointId)).forEach(ComplaintPoint::makeFollowUp);
        }
        ComplaintPoint point;
        if (pointId == null) {
            point = points.save(new ComplaintPoint(caseFile, c, PointOrigin.REGISTERED, clock.instant()));
        } else {
            point = existing.stream().filter(p -> p.id() == pointId).findFirst().orElseThrow();
            point.classify(c);
        }
        if (caseFile.status() == CaseStatus.NEW) {
            caseFile.moveTo(CaseStatus.IN_PROGRESS);
        }
        recorder.step(caseId, CaseEventType.CLASSIFIED, (c.main() ? "main " : "follow-up ") + c.kind().name());
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "classified point " + point.id());
        return point.id();
    }

    @Transactional
    public void removePoint(long caseId, long pointId) {
        openForChange(caseId);
        var point = points.findById(pointId).filter(p -> p.caseId() == caseId).orElseThrow();
        points.delete(point);
        recorder.step(caseId, CaseEventType.POINT_REMOVED, null);
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "removed point " + pointId);
    }

    /** Marks that the contact needed no real case work (a phone number): its points are not counted. */
    @Transactional
    public void markNoRealCaseWork(long caseId, boolean noRealCaseWork) {
        var caseFile = openForChange(caseId);
        caseFile.markNoRealCaseWork(noRealCaseWork);
        points.countAll(caseId, ClassificationRules.counted(noRealCaseWork));
        recorder.step(caseId, CaseEventType.NO_REAL_CASE_WORK, Boolean.toString(noRealCaseWork));
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "no real case work " + noRealCaseWork);
    }

    /** Forwards the complaint to a department for its answer first (the dialogue principle). */
    @Transactional
    public void forward(long caseId, long departmentId, LocalDate forwardedOn, LocalDate answerDeadline) {
        var caseFile = openForChange(caseId);
        var department = department(caseFile, departmentId);
        if (answerDeadline.isBefore(forwardedOn)) {
            throw new CaseRefusedException("deadlineBeforeForward");
        }
        forwards.save(new CaseForward(caseId, caseFile.municipalityId(), departmentId, forwardedOn, answerDeadline));
        caseFile.moveTo(CaseStatus.AWAITING_ANSWER);
        recorder.step(caseId, CaseEventType.FORWARDED, department.name() + " · " + answerDeadline);
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "forwarded to department " + departmentId);
    }

    /** Registers the department's answer (and whether the advisor got a copy). */
    @Transactional
    public void registerAnswer(long caseId, long forwardId, LocalDate answeredOn, boolean copyReceived) {
        var caseFile = openForChange(caseId);
        var forward = forward(caseId, forwardId);
        if (answeredOn.isBefore(forward.forwardedOn())) {
            throw new CaseRefusedException("answerBeforeForward");
        }
        forward.answered(answeredOn, copyReceived);
        if (forwards.findByCaseIdOrderById(caseId).stream().allMatch(f -> f.answeredOn() != null)) {
            caseFile.moveTo(CaseStatus.IN_PROGRESS);
        }
        recorder.step(caseId, CaseEventType.ANSWER_REGISTERED, answeredOn.toString());
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "answer registered for forward " + forwardId);
    }

    /**
     * Registers a reminder (rykker) to the department on an unanswered forward, with a new deadline.
     * As the registration principles say, the reminder becomes a new follow-up point.
     */
    @Transactional
    public long remind(long caseId, long forwardId, LocalDate newDeadline) {
        var caseFile = openForChange(caseId);
        var forward = forward(caseId, forwardId);
        if (forward.answeredOn() != null) {
            throw new CaseRefusedException("alreadyAnswered");
        }
        forward.remindedWithNewDeadline(newDeadline);
        var main = points.findByCaseIdOrderByMainDescIdAsc(caseId).stream().filter(ComplaintPoint::main).findFirst()
                .map(ComplaintPoint::classification).orElse(null);
        var reminder = ClassificationRules.reminderPoint(main, forward.departmentId(),
                schemes.reminderCategory(caseFile.municipalityId()));
        if (main == null) {
            reminder = withMain(reminder, true);
        }
        var point = points.save(new ComplaintPoint(caseFile, reminder, PointOrigin.REMINDER, clock.instant()));
        recorder.step(caseId, CaseEventType.REMINDER_SENT, newDeadline.toString());
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "reminder on forward " + forwardId);
        return point.id();
    }

    /** Closes the case when its classification is complete; otherwise says what is missing. */
    @Transactional
    public void close(long caseId) {
        var caseFile = openForChange(caseId);
        var problems = problems(caseFile);
        if (!problems.isEmpty()) {
            throw new CaseRefusedException("incomplete", problems);
        }
        caseFile.close(clock.instant());
        recorder.step(caseId, CaseEventType.CLOSED, null);
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "closed");
    }

    /** Reopens a closed case; its history and classification stay. */
    @Transactional
    public void reopen(long caseId) {
        var caseFile = load(caseId);
        if (caseFile.status() != CaseStatus.CLOSED) {
            throw new CaseRefusedException("notClosed");
        }
        caseFile.reopen();
        recorder.step(caseId, CaseEventType.REOPENED, null);
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "reopened");
    }

    @Transactional
    public void addNote(long caseId, String text) {
        load(caseId);
        var note = text.strip();
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            throw new CaseRefusedException("note");
        }
        journal.save(new JournalEntry(caseId, Actor.current(), clock.instant(), note));
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "journal note");
    }

    @Transactional
    public void setDeadline(long caseId, @Nullable LocalDate deadline) {
        var caseFile = openForChange(caseId);
        caseFile.setDeadline(deadline);
        recorder.step(caseId, CaseEventType.DEADLINE_SET, deadline == null ? null : deadline.toString());
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "deadline");
    }

    /** Records that the advisor has checked the power of attorney (by whom and when). */
    @Transactional
    public void verifyPowerOfAttorney(long caseId) {
        var caseFile = load(caseId);
        caseFile.powerOfAttorney(PowerOfAttorneyStatus.VERIFIED, Actor.current(), clock.instant());
        recorder.step(caseId, CaseEventType.POA_VERIFIED, null);
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "power of attorney verified");
    }

    /** Marks that a power of attorney is needed after all (the citizen acts for someone else). */
    @Transactional
    public void requirePowerOfAttorney(long caseId) {
        var caseFile = load(caseId);
        caseFile.powerOfAttorney(PowerOfAttorneyStatus.MISSING, null, null);
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "power of attorney required");
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

    CaseFile load(long caseId) {
        var caseFile = cases.findById(caseId).orElseThrow(() -> new CaseRefusedException("notFound"));
        scope.requireServes(caseFile.municipalityId());
        return caseFile;
    }

    private CaseFile openForChange(long caseId) {
        var caseFile = load(caseId);
        if (caseFile.status() == CaseStatus.CLOSED) {
            throw new CaseRefusedException("closed");
        }
        return caseFile;
    }

    private CaseForward forward(long caseId, long forwardId) {
        return forwards.findById(forwardId).filter(f -> f.caseId() == caseId)
                .orElseThrow(() -> new CaseRefusedException("notFound"));
    }

    private DepartmentNode department(CaseFile caseFile, long departmentId) {
        return municipalities.departments(caseFile.municipalityId()).stream().filter(d -> d.id() == departmentId)
                .findFirst().orElseThrow(() -> new CaseRefusedException("department"));
    }

    private void checkReferences(CaseFile caseFile, PointClassification c) {
        if (c.departmentId() != null) {
            department(caseFile, c.departmentId());
        }
        if (c.categoryId() != null && !schemes.isLeafOf(c.categoryId(), caseFile.municipalityId())) {
            throw new CaseRefusedException("category");
        }
    }

    private Set<ClosingProblem> problems(CaseFile caseFile) {
        var classifications = points.findByCaseIdOrderByMainDescIdAsc(caseFile.id()).stream()
                .map(ComplaintPoint::classification).toList();
        return ClassificationRules.problemsBeforeClosing(caseFile.noRealCaseWork(), classifications,
                schemes.categorisesAllKinds(caseFile.municipalityId()));
    }

    private static PointClassification withMain(PointClassification c, boolean main) {
        return new PointClassification(main, c.kind(), c.cannotHandleReason(), c.categoryId(), c.departmentId(),
                c.handling(), c.statementOn(), c.criticismLevel(), c.recommendations(), c.recommendationsFollowed());
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
        var inquiry = caseFile.inquiryId() == null ? null : archive.content(caseFile.inquiryId());
        return new CaseDetails(caseId, caseFile.reference() == null ? "" : caseFile.reference(), caseFile.municipalityId(),
                municipality.name(), caseFile.channel(), caseFile.registeredOn(), caseFile.registeredAt(),
                caseFile.registeredBy(), caseFile.citizenName(), caseFile.citizenEmail(), caseFile.citizenPhone(),
                caseFile.citizenKey(), caseFile.language(), caseFile.summary(), caseFile.noRealCaseWork(), caseFile.status(),
                caseFile.poaStatus(), caseFile.poaVerifiedBy(), caseFile.poaVerifiedAt(), caseFile.deadline(),
                caseFile.bookingId(), caseFile.importedFrom(), inquiry, pointList, forwardList, notes, timeline,
                messageDetails, problems(caseFile), schemes.categorisesAllKinds(caseFile.municipalityId()));
    }
}
