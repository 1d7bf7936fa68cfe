package dk.borgerraadgiver.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dk.borgerraadgiver.booking.BookingEvents.VisitRequestAnswered;
import dk.borgerraadgiver.booking.BookingEvents.VisitRequested;
import dk.borgerraadgiver.booking.BookingRefusedException.Reason;
import dk.borgerraadgiver.booking.internal.BookingEngine;
import dk.borgerraadgiver.booking.internal.BookingReferences;
import dk.borgerraadgiver.booking.internal.VisitRequest;
import dk.borgerraadgiver.booking.internal.VisitRequestRepository;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import dk.borgerraadgiver.shared.StaffRoles;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Home visits: the citizen proposes up to three times and says where and why; the advisor accepts
 * one (which books it), proposes another time or declines, and the citizen is told by mail.
 */
@Service
public class VisitRequests {

    public static final int MAX_REASON = 500;

    private final VisitRequestRepository requests;
    private final BookingEngine engine;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MunicipalityDirectory municipalities;
    private final StaffScope scope;

    VisitRequests(VisitRequestRepository requests, BookingEngine engine, MunicipalityDirectory municipalities,
                  StaffScope scope, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
        this.requests = requests;
        this.engine = engine;
        this.municipalities = municipalities;
        this.scope = scope;
    }

    /** The citizen's request; returns its reference. Proposed times must lie in the future. */
    @Transactional
    public String request(long meetingTypeId, CitizenContact contact, String place, String reason, List<Instant> proposed) {
        var type = engine.meetingType(meetingTypeId);
        if (type.kind() != MeetingKind.HOME_VISIT) {
            throw new BookingRefusedException(Reason.NOT_BOOKABLE);
        }
        var now = clock.instant();
        if (place.isBlank() || place.length() > 200 || reason.isBlank() || reason.length() > MAX_REASON
                || proposed.isEmpty() || proposed.size() > 3 || proposed.stream().anyMatch(time -> !time.isAfter(now))) {
            throw new BookingRefusedException(Reason.INVALID_REQUEST);
        }
        var request = requests.save(new VisitRequest(BookingReferences.next("H-"), type, contact.name(), contact.email(),
                contact.phone(), contact.language().getLanguage(), place.strip(), reason.strip(), proposed, now));
        events.publishEvent(new VisitRequested(request.id(), request.municipalityId()));
        return request.reference();
    }

    @PreAuthorize(StaffRoles.STAFF)
    @Transactional(readOnly = true)
    public List<VisitRequestDetails> forMyMunicipalities() {
        var served = scope.servedMunicipalityIds();
        if (served.isEmpty()) {
            return List.of();
        }
        return requests.findByMunicipalityIdInOrderByCreatedAtDesc(served).stream().map(this::details).toList();
    }

    /** Accepts one of the proposed times: it becomes a booking, and the citizen gets its confirmation. */
    @PreAuthorize(StaffRoles.STAFF)
    public BookingConfirmation accept(long requestId, Instant chosen) {
        var request = engine.read(() -> requests.findById(requestId).orElseThrow());
        scope.requireServes(request.municipalityId());
        if (!request.proposed().contains(chosen)) {
            throw new BookingRefusedException(Reason.NOT_PROPOSED);
        }
        var type = engine.read(() -> engine.meetingType(request.meetingTypeId()));
        var slot = new TimeSlot(chosen, chosen.plus(Duration.ofMinutes(type.slotLength().toMinutes())));
        return engine.bookingTransaction(type, slot, () -> {
            var fresh = requests.findById(requestId).orElseThrow();
            var confirmation = engine.bookAgreedTime(type, slot, contactOf(fresh));
            fresh.accept(confirmation.bookingId(), clock.instant());
            return confirmation;
        });
    }

    /** Proposes another time or declines, with a short message that is mailed to the citizen. */
    @PreAuthorize(StaffRoles.STAFF)
    @Transactional
    public void answer(long requestId, VisitRequestStatus answer, String message) {
        var request = requests.findById(requestId).orElseThrow();
        scope.requireServes(request.municipalityId());
        request.answer(answer, message.strip(), clock.instant());
        events.publishEvent(new VisitRequestAnswered(request.id(), request.municipalityId(), answer));
    }

    /** For mails: read without a signed-in user. */
    @Transactional(readOnly = true)
    public Optional<VisitRequestDetails> detailsForNotice(long requestId) {
        return requests.findById(requestId).map(this::details);
    }

    private VisitRequestDetails details(VisitRequest request) {
        var municipality = municipalities.findById(request.municipalityId()).orElseThrow();
        return new VisitRequestDetails(request.id(), request.reference(), request.municipalityId(), municipality.name(),
                request.citizenName(), request.citizenEmail(), request.citizenPhone(), PortalLanguages.of(request.language()),
                request.place(), request.reason(), request.proposed(), request.status(), request.advisorMessage(),
                request.createdAt());
    }

    private static CitizenContact contactOf(VisitRequest request) {
        return new CitizenContact(request.citizenName(), request.citizenEmail(), request.citizenPhone(),
                PortalLanguages.of(request.language()), "", null);
    }

}
