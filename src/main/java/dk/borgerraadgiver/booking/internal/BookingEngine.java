package dk.borgerraadgiver.booking.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.borgerraadgiver.security.CitizenIdentity;
import dk.borgerraadgiver.booking.BookingChannel;
import dk.borgerraadgiver.booking.BookingConfirmation;
import dk.borgerraadgiver.booking.BookingDetails;
import dk.borgerraadgiver.booking.BookingEvents.BookingCancelled;
import dk.borgerraadgiver.booking.BookingEvents.BookingConfirmed;
import dk.borgerraadgiver.booking.BookingEvents.BookingRescheduled;
import dk.borgerraadgiver.booking.BookingRefusedException;
import dk.borgerraadgiver.booking.BookingRefusedException.Reason;
import dk.borgerraadgiver.booking.CitizenContact;
import dk.borgerraadgiver.booking.MeetingTypeSummary;
import dk.borgerraadgiver.booking.SlotGenerator;
import dk.borgerraadgiver.booking.SlotRules;
import dk.borgerraadgiver.booking.SlotTakenException;
import dk.borgerraadgiver.booking.TimeSlot;
import dk.borgerraadgiver.organisation.MeetingPlace;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import dk.borgerraadgiver.shared.LinkLifetimes;
import dk.borgerraadgiver.shared.PrivateLinks;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import dk.borgerraadgiver.shared.PortalTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import dk.borgerraadgiver.booking.BookingStatus;
import java.time.Instant;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The booking rules, shared by the citizen's and the advisor's services. Callers own the transaction;
 * {@link #book} must run inside one, because it locks the advisor's calendar until commit.
 */
@Component
public class BookingEngine {

    private static final int ALTERNATIVES = 5;
    private static final String LINK_PURPOSE = "booking";
    private static final String CITIZEN_PURPOSE = "booking-citizen";

    private final MeetingTypeRepository meetingTypes;
    private final ClosedPeriodRepository closedPeriods;
    private final BookingSettingsRepository settings;
    private final BookingRepository bookings;
    private final MunicipalityDirectory municipalities;
    private final PrivateLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;

    BookingEngine(MeetingTypeRepository meetingTypes, ClosedPeriodRepository closedPeriods,
                  BookingSettingsRepository settings, BookingRepository bookings, MunicipalityDirectory municipalities,
                  PrivateLinks links, ApplicationEventPublisher events, Clock clock,
                  PlatformTransactionManager transactionManager) {
        this.meetingTypes = meetingTypes;
        this.closedPeriods = closedPeriods;
        this.settings = settings;
        this.bookings = bookings;
        this.municipalities = municipalities;
        this.links = links;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    public MeetingType meetingType(long meetingTypeId) {
        return meetingTypes.findById(meetingTypeId).filter(MeetingType::active)
                .orElseThrow(() -> new BookingRefusedException(Reason.NOT_BOOKABLE));
    }

    public List<MeetingTypeSummary> meetingTypes(MunicipalityProfile municipality) {
        return meetingTypes.findByMunicipalityIdAndActiveTrueOrderBySortOrder(municipality.id()).stream()
                .map(type -> summary(type, municipality))
                .toList();
    }

    public List<MeetingTypeSummary> meetingTypesOf(long municipalityId) {
        return municipalities.findById(municipalityId).map(this::meetingTypes).orElse(List.of());
    }

    public MeetingTypeSummary summary(MeetingType type, MunicipalityProfile municipality) {
        return new MeetingTypeSummary(type.id(), type.municipalityId(), municipality.name(), type.code(), type.kind(), type.nameDanish(),
                type.nameEnglish(), type.descriptionDanish(), type.descriptionEnglish(), type.slotLength(),
                place(municipality, type.locationId()),
                type.weeklyHours().stream().map(WeeklyHoursEntry::toRule).toList());
    }

    public BookingSettings settings(long municipalityId) {
        return settings.findById(municipalityId).orElseGet(() -> BookingSettings.defaults(municipalityId));
    }

    /** Free slots of a bookable meeting type on the days given, as seen now. */
    public List<TimeSlot> freeSlots(MeetingType type, LocalDate firstDay, LocalDate lastDay) {
        return freeSlots(type, firstDay, lastDay, -1);
    }

    private List<TimeSlot> freeSlots(MeetingType type, LocalDate firstDay, LocalDate lastDay, long ignoredBookingId) {
        if (!type.kind().bookable()) {
            return List.of();
        }
        var rules = rules(type, firstDay, lastDay);
        var busy = bookings.findBusy(type.advisorId(), startOf(firstDay.minusDays(1)), startOf(lastDay.plusDays(2)))
                .stream().filter(booking -> booking.id() != ignoredBookingId).map(Booking::slot).toList();
        return SlotGenerator.freeSlots(rules, firstDay, lastDay, busy, clock.instant());
    }

    /** The days with at least one free slot, from today to the horizon. */
    public List<LocalDate> daysWithFreeSlots(MeetingType type) {
        var today = PortalTime.today(clock);
        var last = today.plusDays(type.horizon().toDays());
        return freeSlots(type, today, last).stream().map(TimeSlot::day).distinct().toList();
    }

    public BookingConfirmation book(MeetingType type, TimeSlot slot, CitizenContact contact, BookingChannel channel) {
        if (!type.kind().bookable()) {
            throw new BookingRefusedException(Reason.NOT_BOOKABLE);
        }
        if (channel == BookingChannel.ONLINE
                && municipalities.findById(type.municipalityId()).map(MunicipalityProfile::paused).orElse(true)) {
            throw new BookingRefusedException(Reason.NOT_BOOKABLE);
        }
        lockCalendar(type.advisorId());
        var now = clock.instant();
        if (channel == BookingChannel.ONLINE) {
            long active = bookings.countActiveForCitizen(type.municipalityId(),
                    contact.email() == null ? "" : contact.email(), contact.phone() == null ? "" : contact.phone(), now);
            if (active >= settings(type.municipalityId()).maxActiveBookingsPerCitizen()) {
                throw new BookingRefusedException(Reason.TOO_MANY_ACTIVE);
            }
        }
        requireFree(type, slot, -1);
        return save(type, slot, contact, channel, now);
    }

    /**
     * Books a time the advisor agreed with the citizen outside the weekly hours (a home visit): the
     * advisor's other bookings still may not overlap it.
     */
    public BookingConfirmation bookAgreedTime(MeetingType type, TimeSlot slot, CitizenContact contact) {
        lockCalendar(type.advisorId());
        boolean overlaps = bookings.findBusy(type.advisorId(), slot.start(), slot.end()).stream().findAny().isPresent();
        if (overlaps) {
            throw new SlotTakenException(List.of());
        }
        return save(type, slot, contact, BookingChannel.ASSISTED, clock.instant());
    }

    private BookingConfirmation save(MeetingType type, TimeSlot slot, CitizenContact contact, BookingChannel channel,
                                     Instant now) {
        var nonce = PrivateLinks.newNonce();
        Booking booking;
        try {
            booking = bookings.saveAndFlush(new Booking(BookingReferences.next("B-"), type, slot, channel, contact.name(),
                    contact.email(), contact.phone(), contact.language().getLanguage(), contact.needs(),
                    contact.topic(), nonce, now));
        } catch (DataIntegrityViolationException e) {
            throw new SlotTakenException(List.of());
        }
        if (channel == BookingChannel.ONLINE) {
            CitizenIdentity.current().ifPresent(identity -> booking.belongsTo(citizenRef(identity)));
        }
        events.publishEvent(new BookingConfirmed(booking.id(), booking.municipalityId()));
        return new BookingConfirmation(booking.id(), booking.reference(), slot, links.token(LINK_PURPOSE, booking.id(), nonce));
    }

    public void move(Booking booking, TimeSlot newSlot) {
        var type = meetingType(booking.meetingTypeId());
        lockCalendar(type.advisorId());
        requireFree(type, newSlot, booking.id());
        booking.moveTo(newSlot, clock.instant());
        try {
            bookings.saveAndFlush(booking);
        } catch (DataIntegrityViolationException e) {
            throw new SlotTakenException(List.of());
        }
        events.publishEvent(new BookingRescheduled(booking.id(), booking.municipalityId(), booking.sequence()));
    }

    public void cancel(Booking booking, boolean byAdvisor) {
        cancel(booking, byAdvisor, null);
    }

    public void cancel(Booking booking, boolean byAdvisor, @Nullable String message) {
        booking.cancel(clock.instant(), message);
        bookings.saveAndFlush(booking);
        events.publishEvent(new BookingCancelled(booking.id(), booking.municipalityId(), booking.sequence(), byAdvisor));
    }

    /** The booking behind a private link, if the link is genuine. */
    public Optional<Booking> findByToken(String token) {
        return authentic(token).filter(booking -> !linkExpired(booking));
    }

    /** The municipality of a genuine link that has expired, for the page that says whom to call. */
    public Optional<Long> expiredLinkMunicipality(String token) {
        return authentic(token).filter(this::linkExpired).map(Booking::municipalityId);
    }

    private boolean linkExpired(Booking booking) {
        return LinkLifetimes.expired(booking.slot().end(), LinkLifetimes.AFTER_MEETING, clock.instant());
    }

    private Optional<Booking> authentic(String token) {
        var claimed = links.claimedId(token);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        return bookings.findById(claimed.getAsLong())
                .filter(booking -> links.matches(token, LINK_PURPOSE, booking.id(), booking.manageNonce()));
    }

    /** Citizens may change a booking until the municipality's cut-off before it starts. */
    public void requireChangeableByCitizen(Booking booking) {
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw new BookingRefusedException(Reason.NOT_ACTIVE);
        }
        var cutoff = settings(booking.municipalityId()).cancellationCutoff();
        if (!clock.instant().plus(cutoff).isBefore(booking.slot().start())) {
            throw new BookingRefusedException(Reason.TOO_LATE);
        }
    }

    /** A keyed hash of a MitID citizen's CPR number, which finds her own bookings ("Mine sager"). */
    public String citizenRef(CitizenIdentity identity) {
        return links.token(CITIZEN_PURPOSE, 0, identity.cpr());
    }

    public String manageToken(Booking booking) {
        return manageToken(booking.id(), booking.manageNonce());
    }

    public String manageToken(long bookingId, String manageNonce) {
        return links.token(LINK_PURPOSE, bookingId, manageNonce);
    }

    public BookingDetails details(Booking booking) {
        var type = meetingTypes.findById(booking.meetingTypeId()).orElseThrow();
        var municipality = municipalities.findById(booking.municipalityId()).orElseThrow();
        return new BookingDetails(booking.id(), booking.reference(), municipality.id(), municipality.name(),
                municipality.slug(), type.kind(), type.nameDanish(), type.nameEnglish(),
                place(municipality, type.locationId()), booking.slot(), booking.status(), booking.channel(),
                booking.citizenName(), booking.citizenEmail(), booking.citizenPhone(), PortalLanguages.of(booking.language()),
                booking.needs(), booking.topic(), booking.sequence(), booking.cancelMessage());
    }

    private void requireFree(MeetingType type, TimeSlot slot, long ignoredBookingId) {
        var day = slot.day();
        if (freeSlots(type, day, day, ignoredBookingId).contains(slot)) {
            return;
        }
        boolean withinRules = SlotGenerator.freeSlots(rules(type, day, day), day, day, List.of(), clock.instant())
                .contains(slot);
        if (!withinRules) {
            throw new BookingRefusedException(Reason.OUTSIDE_HOURS);
        }
        throw new SlotTakenException(List.of());
    }

    /**
     * Runs a booking or a move in its own transaction. When the time was taken, the nearest free
     * times are looked up after that transaction has ended, so no connection is held twice.
     */
    public <T> T bookingTransaction(MeetingType type, TimeSlot wanted, Supplier<T> work) {
        try {
            return writing.execute(status -> work.get());
        } catch (SlotTakenException e) {
            throw new SlotTakenException(reading.execute(status -> nearestFree(type, wanted)));
        }
    }

    public <T> T read(Supplier<T> work) {
        return reading.execute(status -> work.get());
    }

    private List<TimeSlot> nearestFree(MeetingType type, TimeSlot wanted) {
        var day = wanted.day();
        return freeSlots(type, day.minusDays(7), day.plusDays(14)).stream()
                .sorted(Comparator.comparing(slot -> Duration.between(wanted.start(), slot.start()).abs()))
                .limit(ALTERNATIVES)
                .sorted()
                .toList();
    }

    /**
     * Locks the advisor's calendar row until commit. The row is made with the advisor's first
     * meeting type; it is only created here when missing, as locking a row that does not exist would
     * lock a gap instead.
     */
    private void lockCalendar(long advisorId) {
        if (bookings.countCalendars(advisorId) == 0) {
            bookings.ensureCalendar(advisorId);
        }
        bookings.lockCalendar(advisorId);
    }

    /** Called when an advisor gets a meeting type, so bookings never have to create the lock row. */
    public void prepareCalendar(long advisorId) {
        bookings.ensureCalendar(advisorId);
    }

    /**
     * Whether a booking still fits its meeting type's hours, closures and holidays (notice and
     * horizon aside: it is already booked). Used to list bookings a rule change has left outside.
     */
    public boolean stillFits(Booking booking) {
        var type = meetingTypes.findById(booking.meetingTypeId()).orElseThrow();
        if (!type.kind().bookable()) {
            return true;
        }
        var day = booking.slot().day();
        var rules = rules(type, day, day);
        var relaxed = new SlotRules(rules.slotLength(), rules.buffer(), Duration.ZERO, Duration.ofDays(3650),
                rules.weeklyHours(), rules.closedPeriods(), rules.holidays());
        return SlotGenerator.freeSlots(relaxed, day, day, List.of(), startOf(day.minusDays(1))).contains(booking.slot());
    }

    private SlotRules rules(MeetingType type, LocalDate firstDay, LocalDate lastDay) {
        var closed = closedPeriods.findAffecting(type.municipalityId(), type.advisorId(), firstDay, lastDay).stream()
                .map(ClosedPeriodEntry::toRule).toList();
        return new SlotRules(type.slotLength(), type.buffer(), type.minimumNotice(), type.horizon(),
                type.weeklyHours().stream().map(WeeklyHoursEntry::toRule).toList(), closed,
                settings(type.municipalityId()).holidays());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(PortalTime.ZONE).toInstant();
    }

    private static MeetingPlace place(MunicipalityProfile municipality, Long locationId) {
        if (locationId == null) {
            return null;
        }
        return municipality.meetingPlaces().stream().filter(p -> p.id() == locationId).findFirst().orElse(null);
    }
}
