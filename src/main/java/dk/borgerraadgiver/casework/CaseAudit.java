package dk.borgerraadgiver.casework;

import java.time.Clock;
import java.util.List;

import dk.borgerraadgiver.casework.internal.Actor;
import dk.borgerraadgiver.casework.internal.AuditEntry;
import dk.borgerraadgiver.casework.internal.AuditEntryRepository;
import dk.borgerraadgiver.casework.internal.CaseFileRepository;
import dk.borgerraadgiver.casework.internal.CaseFile;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of staff access: every case opened, file downloaded, list opened, export and change.
 * Entries join the caller's transaction, so an action that fails leaves no entry claiming it happened.
 */
@Service
public class CaseAudit {

    private final AuditEntryRepository entries;
    private final CaseFileRepository cases;
    private final CitizenKeys citizenKeys;
    private final Clock clock;
    private final StaffScope scope;

    CaseAudit(AuditEntryRepository entries, CaseFileRepository cases, CitizenKeys citizenKeys, StaffScope scope, Clock clock) {
        this.scope = scope;
        this.entries = entries;
        this.cases = cases;
        this.citizenKeys = citizenKeys;
        this.clock = clock;
    }

    /** Records an action on one case. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordCase(AuditAction action, long caseId, @Nullable String detail) {
        var caseFile = cases.findById(caseId).orElseThrow();
        entries.save(new AuditEntry(clock.instant(), Actor.current(), action, caseFile.municipalityId(), caseId,
                caseFile.citizenKey(), detail));
    }

    /** Records an action on a municipality's data as a whole (an export, a statistics list). */
    @Transactional
    public void recordMunicipality(AuditAction action, long municipalityId, String detail) {
        entries.save(new AuditEntry(clock.instant(), Actor.current(), action, municipalityId, null, null, detail));
    }

    /**
     * Records an action about one citizen as a whole (a search, an access report, an erasure on
     * request) under the pseudonymous key, or a retention run (no citizen) with its counts.
     */
    @Transactional
    public void recordCitizen(AuditAction action, @Nullable Long municipalityId, @Nullable String citizenKey, @Nullable String detail) {
        entries.save(new AuditEntry(clock.instant(), Actor.current(), action, municipalityId, null, citizenKey, detail));
    }

    /** Records that a member of staff opened a list of cases (a figure's cases on the statistics page). */
    @Transactional
    public void recordCaseList(long municipalityId, List<Long> caseIds, String detail) {
        var now = clock.instant();
        var actor = Actor.current();
        for (CaseFile caseFile : cases.findAllById(caseIds)) {
            entries.save(new AuditEntry(now, actor, AuditAction.CASE_LIST_OPENED, municipalityId, caseFile.id(),
                    caseFile.citizenKey(), detail));
        }
    }

    /**
     * Who looked at one citizen's data and when, found by the identifier the advisor would have used
     * (CPR number, e-mail, phone or name), in the municipalities the administrator serves. Looking is
     * itself logged.
     */
    @Transactional
    @PreAuthorize(StaffRoles.ADMINISTRATOR)
    public List<AuditRecord> forCitizen(String identifier) {
        var key = citizenKeys.keyFor(identifier);
        entries.save(new AuditEntry(clock.instant(), Actor.current(), AuditAction.ACCESS_LOG_VIEWED, null, null, key, null));
        var served = scope.servedMunicipalityIds();
        return entries.findByCitizenKeyOrderByHappenedAtDesc(key).stream()
                .filter(entry -> entry.action() != AuditAction.ACCESS_LOG_VIEWED)
                .filter(entry -> served.contains(municipalityOf(entry)))
                .map(entry -> new AuditRecord(entry.happenedAt(), entry.actor(), entry.action(), entry.caseId(),
                        entry.caseId() == null ? null : cases.findById(entry.caseId()).map(CaseFile::reference).orElse(null),
                        entry.detail()))
                .toList();
    }

    private long municipalityOf(AuditEntry entry) {
        if (entry.municipalityId() != null) {
            return entry.municipalityId();
        }
        return entry.caseId() == null ? -1 : cases.findById(entry.caseId()).map(CaseFile::municipalityId).orElse(-1L);
    }
}
