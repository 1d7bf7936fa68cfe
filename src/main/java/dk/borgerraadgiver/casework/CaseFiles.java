package dk.borgerraadgiver.casework;

import java.time.Clock;
import java.time.LocalDate;

import dk.borgerraadgiver.casework.internal.Actor;
import dk.borgerraadgiver.casework.internal.CaseFile;
import dk.borgerraadgiver.casework.internal.CaseForward;
import dk.borgerraadgiver.casework.internal.CaseForwardRepository;
import dk.borgerraadgiver.casework.internal.CaseRecorder;
import dk.borgerraadgiver.casework.internal.ComplaintPoint;
import dk.borgerraadgiver.casework.internal.ComplaintPointRepository;
import dk.borgerraadgiver.casework.internal.JournalEntry;
import dk.borgerraadgiver.casework.internal.JournalEntryRepository;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisor's changes to one case: classifying its points, forwarding to a department and tracking
 * the answer, reminders, journal, power of attorney, closing and reopening; each change is a timeline
 * step and an audit entry. Every method checks that the signed-in advisor serves the case's
 * municipality; {@link CaseReader} reads cases.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class CaseFiles {

    static final int MAX_NOTE = 5000;
    static final int MAX_HOLD_REASON = 300;

    private final CaseReader reader;
    private final ComplaintPointRepository points;
    private final CaseForwardRepository forwards;
    private final JournalEntryRepository journal;
    private final CaseRecorder recorder;
    private final ClassificationSchemes schemes;
    private final MunicipalityDirectory municipalities;
    private final CaseAudit audit;
    private final Clock clock;

    CaseFiles(CaseReader reader, ComplaintPointRepository points, CaseForwardRepository forwards,
              JournalEntryRepository journal, CaseRecorder recorder, ClassificationSchemes schemes,
              MunicipalityDirectory municipalities, CaseAudit audit, Clock clock) {
        this.reader = reader;
        this.points = points;
        this.forwards = forwards;
        this.journal = journal;
        this.recorder = recorder;
        this.schemes = schemes;
        this.municipalities = municipalities;
        this.audit = audit;
        this.clock = clock;
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
        changed(caseId, CaseEventType.CLASSIFIED, (c.main() ? "main " : "follow-up ") + c.kind().name(), "classified point " + point.id());
        return point.id();
    }

    @Transactional
    public void removePoint(long caseId, long pointId) {
        openForChange(caseId);
        var point = points.findById(pointId).filter(p -> p.caseId() == caseId).orElseThrow();
        points.delete(point);
        changed(caseId, CaseEventType.POINT_REMOVED, null, "removed point " + pointId);
    }

    /** Marks that the contact needed no real case work (a phone number): its points are not counted. */
    @Transactional
    public void markNoRealCaseWork(long caseId, boolean noRealCaseWork) {
        var caseFile = openForChange(caseId);
        caseFile.markNoRealCaseWork(noRealCaseWork);
        points.countAll(caseId, ClassificationRules.counted(noRealCaseWork));
        changed(caseId, CaseEventType.NO_REAL_CASE_WORK, Boolean.toString(noRealCaseWork), "no real case work " + noRealCaseWork);
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
        changed(caseId, CaseEventType.FORWARDED, department.name() + " · " + answerDeadline, "forwarded to department " + departmentId);
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
        changed(caseId, CaseEventType.ANSWER_REGISTERED, answeredOn.toString(), "answer registered for forward " + forwardId);
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
        changed(caseId, CaseEventType.REMINDER_SENT, newDeadline.toString(), "reminder on forward " + forwardId);
        return point.id();
    }

    /** Closes the case when its classification is complete; otherwise says what is missing. */
    @Transactional
    public void close(long caseId) {
        var caseFile = openForChange(caseId);
        var problems = reader.closingProblems(caseFile);
        if (!problems.isEmpty()) {
            throw new CaseRefusedException("incomplete", problems);
        }
        caseFile.close(clock.instant());
        changed(caseId, CaseEventType.CLOSED, null, "closed");
    }

    /** Reopens a closed case; its history and classification stay. */
    @Transactional
    public void reopen(long caseId) {
        var caseFile = reader.load(caseId);
        if (caseFile.status() != CaseStatus.CLOSED) {
            throw new CaseRefusedException("notClosed");
        }
        caseFile.reopen();
        changed(caseId, CaseEventType.REOPENED, null, "reopened");
    }

    @Transactional
    public void addNote(long caseId, String text) {
        reader.load(caseId);
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
        changed(caseId, CaseEventType.DEADLINE_SET, deadline == null ? null : deadline.toString(), "deadline");
    }

    /** Records that the advisor has checked the power of attorney (by whom and when). */
    @Transactional
    public void verifyPowerOfAttorney(long caseId) {
        var caseFile = reader.load(caseId);
        caseFile.powerOfAttorney(PowerOfAttorneyStatus.VERIFIED, Actor.current(), clock.instant());
        changed(caseId, CaseEventType.POA_VERIFIED, null, "power of attorney verified");
    }

    /** Marks that a power of attorney is needed after all (the citizen acts for someone else). */
    @Transactional
    public void requirePowerOfAttorney(long caseId) {
        var caseFile = reader.load(caseId);
        caseFile.powerOfAttorney(PowerOfAttorneyStatus.MISSING, null, null);
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, "power of attorney required");
    }




    /**
     * Puts the case on legal hold (a complaint to the Ombudsman, a court case, a request for access
     * being handled): the retention run skips it and the citizen's erasure request is refused.
     */
    @Transactional
    public void holdFromErasure(long caseId, String reason) {
        var caseFile = reader.load(caseId);
        var text = reason.strip();
        if (text.isEmpty() || text.length() > MAX_HOLD_REASON) {
            throw new CaseRefusedException("holdReason");
        }
        caseFile.holdFromErasure(text, Actor.current(), clock.instant());
        audit.recordCase(AuditAction.LEGAL_HOLD_SET, caseId, null);
    }

    @Transactional
    public void releaseHold(long caseId) {
        reader.load(caseId).releaseHold();
        audit.recordCase(AuditAction.LEGAL_HOLD_RELEASED, caseId, null);
    }

    /** Every change ends the same way: a step on the case's timeline and an entry in the audit log. */
    private void changed(long caseId, CaseEventType step, @Nullable String stepDetail, String auditDetail) {
        recorder.step(caseId, step, stepDetail);
        audit.recordCase(AuditAction.CASE_CHANGED, caseId, auditDetail);
    }

    private CaseFile openForChange(long caseId) {
        var caseFile = reader.load(caseId);
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


    private static PointClassification withMain(PointClassification c, boolean main) {
        return new PointClassification(main, c.kind(), c.cannotHandleReason(), c.categoryId(), c.departmentId(),
                c.handling(), c.statementOn(), c.criticismLevel(), c.recommendations(), c.recommendationsFollowed());
    }

}
