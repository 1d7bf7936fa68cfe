package dk.borgerraadgiver.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.borgerraadgiver.booking.BookingRefusedException.Reason;
import dk.borgerraadgiver.booking.internal.BookingEngine;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's side of booking: no account, so every change is authorised by the booking's private
 * link, and everything the browser sent is checked again here.
 */
@Service
public class Bookings {

    private final BookingEngine engine;
    private final MunicipalityDirectory municipalities;

    Bookings(BookingEngine engine, MunicipalityDirectory municipalities) {
        this.engine = engine;
        this.municipalities = municipalities;
    }

    @Transactional(readOnly = true)
    public List<MeetingTypeSummary> meetingTypes(String municipalitySlug) {
        return municipalities.findBySlug(municipalitySlug).map(engine::meetingTypes).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<LocalDate> daysWithFreeSlots(long meetingTypeId) {
        return engine.daysWithFreeSlots(engine.meetingType(meetingTypeId));
    }

    @Transactional(readOnly = true)
    public List<TimeSlot> freeSlots(long meetingTypeId, LocalDate day) {
        return engine.freeSlots(engine.meetingType(meetingTypeId), day, day);
    }

    /** Books a free slot, or throws {@link SlotTakenException} with the nearest free ones. */
    public BookingConfirmation book(long meetingTypeId, TimeSlot slot, CitizenContact contact) {
        var type = engine.read(() -> engine.meetingType(meetingTypeId));
        return engine.bookingTransaction(type, slot, () -> engine.book(type, slot, contact, BookingChannel.ONLINE));
    }

    @Transactional(readOnly = true)
    public Optional<BookingDetails> findByLink(String token) {
        return engine.findByToken(token).map(engine::details);
    }

    /** The municipality to call when a genuine link has expired (two weeks after the meeting). */
    @Transactional(readOnly = true)
    public Optional<Long> expiredLinkMunicipality(String token) {
        return engine.expiredLinkMunicipality(token);
    }

    @Transactional
    public void cancelByLink(String token) {
        var booking = engine.findByToken(token).orElseThrow(() -> new BookingRefusedException(Reason.UNKNOWN_LINK));
        engine.requireChangeableByCitizen(booking);
        engine.cancel(booking, false);
    }

    public void moveByLink(String token, TimeSlot newSlot) {
        var type = engine.read(() -> engine.meetingType(engine.findByToken(token)
                .orElseThrow(() -> new BookingRefusedException(Reason.UNKNOWN_LINK)).meetingTypeId()));
        engine.bookingTransaction(type, newSlot, () -> {
            var booking = engine.findByToken(token).orElseThrow(() -> new BookingRefusedException(Reason.UNKNOWN_LINK));
            engine.requireChangeableByCitizen(booking);
            engine.move(booking, newSlot);
            return booking.id();
        });
    }

    /** Free slots for moving the booking behind this link to another time. */
    @Transactional(readOnly = true)
    public List<TimeSlot> freeSlotsForMove(String token, LocalDate day) {
        var booking = engine.findByToken(token).orElseThrow(() -> new BookingRefusedException(Reason.UNKNOWN_LINK));
        return engine.freeSlots(engine.meetingType(booking.meetingTypeId()), day, day);
    }

    @Transactional(readOnly = true)
    public List<LocalDate> daysWithFreeSlotsForMove(String token) {
        var booking = engine.findByToken(token).orElseThrow(() -> new BookingRefusedException(Reason.UNKNOWN_LINK));
        return engine.daysWithFreeSlots(engine.meetingType(booking.meetingTypeId()));
    }
}
