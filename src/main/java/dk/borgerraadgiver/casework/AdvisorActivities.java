package dk.borgerraadgiver.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.borgerraadgiver.casework.internal.Actor;
import dk.borgerraadgiver.casework.internal.AdvisorActivity;
import dk.borgerraadgiver.casework.internal.AdvisorActivityRepository;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The advisor's other work the reports count: consultative assistance, staff inquiries, own initiative, mediation, talks. */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class AdvisorActivities {

    public static final int MAX_NOTE = 500;

    private final AdvisorActivityRepository activities;
    private final MunicipalityDirectory municipalities;
    private final StaffScope scope;
    private final Clock clock;

    AdvisorActivities(AdvisorActivityRepository activities, MunicipalityDirectory municipalities, StaffScope scope,
                      Clock clock) {
        this.activities = activities;
        this.municipalities = municipalities;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional
    public long register(long municipalityId, ActivityKind kind, LocalDate doneOn, @Nullable Long departmentId,
                         int minutes, String note) {
        scope.requireServes(municipalityId);
        if (doneOn.isAfter(PortalTime.today(clock))) {
            throw new CaseRefusedException("futureDate");
        }
        if (minutes < 0 || minutes > 6000) {
            throw new CaseRefusedException("minutes");
        }
        if (note.strip().length() > MAX_NOTE) {
            throw new CaseRefusedException("note");
        }
        if (departmentId != null && municipalities.departments(municipalityId).stream().noneMatch(d -> d.id() == departmentId)) {
            throw new CaseRefusedException("department");
        }
        return activities.save(new AdvisorActivity(municipalityId, kind, doneOn, departmentId, minutes, note.strip(),
                Actor.current())).id();
    }

    @Transactional(readOnly = true)
    public List<ActivityRecord> recent() {
        var served = scope.servedMunicipalityIds();
        if (served.isEmpty()) {
            return List.of();
        }
        return activities.findTop200ByMunicipalityIdInOrderByDoneOnDescIdDesc(served).stream()
                .map(a -> new ActivityRecord(a.id(), a.municipalityId(), a.kind(), a.doneOn(), a.departmentId(),
                        a.minutes(), a.note()))
                .toList();
    }
}
