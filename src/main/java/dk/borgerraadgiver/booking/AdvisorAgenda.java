package dk.borgerraadgiver.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dk.borgerraadgiver.booking.internal.BookingEngine;
import dk.borgerraadgiver.booking.internal.BookingRepository;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The advisor's side of booking, limited to the municipalities they serve. */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class AdvisorAgenda {

    private final BookingEngine engine;
    private final BookingRepository bookings;
    private final StaffScope scope;
    private final Clock clock;

    AdvisorAgenda(BookingEngine engine, BookingRepository bookings, StaffScope scope, Clock clock) {
        this.clock = clock;
        this.engine = engine;
        this.bookings = bookings;
        this.scope = scope;
    }

    /** Bookings from the first day to the last (both included) in every municipality the advisor serves. */
    @Transactional(readOnly = true)
    public List<BookingDetails> agenda(LocalDate firstDay, LocalDate lastDay) {
        var served = scope.servedMunicipalityIds();
        if (served.isEmpty()) {
            return List.of();
        }
        return agendaOf(served, firstDay, lastDay);
    }

    /** The bookings of one municipality the current user serves (a report's meetings table). */
    @Transactional(readOnly = true)
    public List<BookingDetails> agenda(long municipalityId, LocalDate firstDay, LocalDate lastDay) {
        scope.requireServes(municipalityId);
        return agendaOf(Set.of(municipalityId), firstDay, lastDay);
    }

    private List<BookingDetails> agendaOf(Set<Long> municipalityIds, LocalDate firstDay, LocalDate lastDay) {
        return bookings.findAgenda(municipalityIds, firstDay.atStartOfDay(PortalTime.ZONE).toInstant(),
                        lastDay.plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant()).stream()
                .map(engine::details)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<MeetingTypeSummary> bookableMeetingTypes() {
        return scope.servedMunicipalityIds().stream()
                .flatMap(id -> engine.meetingTypesOf(id).stream())
                .filter(type -> type.kind().bookable())
                .toList();
    }

    @Transactional(readOnly = true)
    public List<TimeSlot> freeSlots(long meetingTypeId, LocalDate day) {
        var type = engine.meetingType(meetingTypeId);
        scope.requireServes(type.municipalityId());
        return engine.freeSlots(type, day, day);
    }

    /** Books for a citizen who phoned or came by: the same rules as online, without the per-citizen cap. */
    public BookingConfirmation bookForCitizen(long meetingTypeId, TimeSlot slot, CitizenContact contact) {
        var type = engine.read(() -> engine.meetingType(meetingTypeId));
        scope.requireServes(type.municipalityId());
        return engine.bookingTransaction(type, slot, () -> engine.book(type, slot, contact, BookingChannel.ASSISTED));
    }

    @Transactional
    public void markOutcome(long bookingId, BookingStatus outcome) {
        var booking = bookings.findById(bookingId).orElseThrow();
        scope.requireServes(booking.municipalityId());
        booking.markOutcome(outcome, clock.instant());
    }

    /** Cancels on the citizen's behalf or because the advisor cannot; the message is mailed to the citizen. */
    @Transactional
    public void cancel(long bookingId, String messageToCitizen) {
        var booking = bookings.findById(bookingId).orElseThrow();
        scope.requireServes(booking.municipalityId());
        engine.cancel(booking, true, messageToCitizen.length() > 500 ? messageToCitizen.substring(0, 500) : messageToCitizen);
    }
}
