package dk.borgerraadgiver.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.borgerraadgiver.booking.internal.BookingEngine;
import dk.borgerraadgiver.booking.internal.DropInVisit;
import dk.borgerraadgiver.booking.internal.DropInVisitRepository;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import dk.borgerraadgiver.security.SignedInStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts walk-in visits at open drop-in hours, so the council can see whether the hours are used. */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class DropInRegister {

    /** How many came on one drop-in day. */
    public record SessionCount(LocalDate day, long visits) {
    }

    private final DropInVisitRepository visits;
    private final BookingEngine engine;
    private final StaffScope scope;
    private final Clock clock;

    DropInRegister(DropInVisitRepository visits, BookingEngine engine, StaffScope scope, Clock clock) {
        this.visits = visits;
        this.engine = engine;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MeetingTypeSummary> dropInTypes() {
        return engine.read(() -> scope.servedMunicipalityIds().stream().flatMap(id -> engine.meetingTypesOf(id).stream())
                .filter(type -> type.kind() == MeetingKind.DROP_IN).toList());
    }

    /** The drop-in sessions of one municipality the current user serves. */
    @Transactional(readOnly = true)
    public List<MeetingTypeSummary> dropInTypes(long municipalityId) {
        scope.requireServes(municipalityId);
        return engine.read(() -> engine.meetingTypesOf(municipalityId).stream()
                .filter(type -> type.kind() == MeetingKind.DROP_IN).toList());
    }

    @Transactional
    public void registerVisit(long meetingTypeId, LocalDate day) {
        var type = engine.meetingType(meetingTypeId);
        scope.requireServes(type.municipalityId());
        if (type.kind() != MeetingKind.DROP_IN) {
            throw new BookingRefusedException(BookingRefusedException.Reason.NOT_BOOKABLE);
        }
        var user = SignedInStaff.actor();
        visits.save(new DropInVisit(type, day, clock.instant(), user));
    }

    @Transactional(readOnly = true)
    public List<SessionCount> countsPerDay(long meetingTypeId, LocalDate from, LocalDate to) {
        var type = engine.meetingType(meetingTypeId);
        scope.requireServes(type.municipalityId());
        return visits.countPerDay(meetingTypeId, from, to).stream()
                .map(row -> new SessionCount((LocalDate) row[0], (Long) row[1]))
                .toList();
    }
}
