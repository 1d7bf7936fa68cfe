package dk.borgerraadgiver.booking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.borgerraadgiver.booking.internal.BookingEngine;
import dk.borgerraadgiver.booking.internal.BookingRepository;
import dk.borgerraadgiver.booking.internal.BookingSettingsRepository;
import dk.borgerraadgiver.booking.internal.ClosedPeriodEntry;
import dk.borgerraadgiver.booking.internal.ClosedPeriodRepository;
import dk.borgerraadgiver.booking.internal.MeetingType;
import dk.borgerraadgiver.booking.internal.MeetingTypeRepository;
import dk.borgerraadgiver.booking.internal.StandardMeetingTypes;
import dk.borgerraadgiver.booking.internal.WeeklyHoursEntry;
import dk.borgerraadgiver.organisation.LocationKind;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.ServedMunicipalities;
import dk.borgerraadgiver.security.StaffAccounts;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import org.jspecify.annotations.Nullable;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import dk.borgerraadgiver.security.SignedInStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.access.AccessDeniedException;

/**
 * Office hours as the advisor sets them: slot length, buffer, notice, horizon, weekly hours,
 * closures and absences. A change never cancels a booking: the bookings it leaves outside the new
 * hours are returned, for the advisor to handle.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class OfficeHoursAdministration {

    /** A meeting type's adjustable rules. */
    public record MeetingTypeSettings(long id, long municipalityId, String municipalityName, MeetingKind kind,
                                      String nameDanish, String nameEnglish, int slotMinutes, int bufferMinutes,
                                      int minimumNoticeHours, int horizonDays, List<SlotRules.WeeklyHours> weeklyHours) {
    }

    /** A closure (municipality) or an absence (advisor, all municipalities). */
    public record ClosedPeriodView(long id, @Nullable Long municipalityId, boolean absence, LocalDate firstDay,
                                   LocalDate lastDay, String reason) {
    }

    private final MeetingTypeRepository meetingTypes;
    private final ClosedPeriodRepository closedPeriods;
    private final BookingRepository bookings;
    private final BookingEngine engine;
    private final Clock clock;
    private final StaffScope scope;
    private final StaffAccounts staff;
    private final BookingSettingsRepository bookingSettings;
    private final ServedMunicipalities municipalities;
    private final MunicipalityDirectory directory;

    OfficeHoursAdministration(MeetingTypeRepository meetingTypes, ClosedPeriodRepository closedPeriods,
                              BookingRepository bookings, BookingEngine engine, StaffScope scope, StaffAccounts staff,
                              BookingSettingsRepository bookingSettings, ServedMunicipalities municipalities,
                              MunicipalityDirectory directory, Clock clock) {
        this.municipalities = municipalities;
        this.directory = directory;
        this.clock = clock;
        this.bookingSettings = bookingSettings;
        this.meetingTypes = meetingTypes;
        this.closedPeriods = closedPeriods;
        this.bookings = bookings;
        this.engine = engine;
        this.scope = scope;
        this.staff = staff;
    }

    /** The served municipalities that have no meeting types yet (a municipality just set up). */
    @Transactional(readOnly = true)
    public List<MunicipalitySummary> withoutMeetingTypes() {
        return municipalities.list().stream().filter(m -> !meetingTypes.existsByMunicipalityId(m.id())).toList();
    }

    /**
     * Opens booking in a new municipality with the signed-in advisor: the standard meeting types its
     * meeting places allow (town hall meeting, phone, library drop-in, home visit), without hours yet.
     * Returns how many were made; none when the municipality has meeting types already.
     */
    @Transactional
    public int openBooking(long municipalityId) {
        scope.requireServes(municipalityId);
        if (meetingTypes.existsByMunicipalityId(municipalityId)) {
            return 0;
        }
        var advisorId = SignedInStaff.username().flatMap(staff::advisorId).orElseThrow();
        var profile = directory.findById(municipalityId).orElseThrow();
        engine.prepareCalendar(advisorId);
        var made = new ArrayList<MeetingType>();
        if (StandardMeetingTypes.hasPlace(profile, LocationKind.TOWN_HALL)) {
            made.add(StandardMeetingTypes.inPerson(profile, advisorId, 45, 15));
        }
        made.add(StandardMeetingTypes.phone(profile, advisorId));
        if (StandardMeetingTypes.hasPlace(profile, LocationKind.LIBRARY)) {
            made.add(StandardMeetingTypes.dropIn(profile, advisorId));
        }
        if (StandardMeetingTypes.hasPlace(profile, LocationKind.CITIZEN_HOME)) {
            made.add(StandardMeetingTypes.homeVisit(profile, advisorId));
        }
        meetingTypes.saveAll(made);
        return made.size();
    }

    @Transactional(readOnly = true)
    public List<MeetingTypeSettings> meetingTypes() {
        return scope.servedMunicipalityIds().stream()
                .flatMap(id -> meetingTypes.findByMunicipalityIdAndActiveTrueOrderBySortOrder(id).stream())
                .map(this::settings)
                .toList();
    }

    @Transactional
    public List<BookingDetails> update(long meetingTypeId, int slotMinutes, int bufferMinutes, int minimumNoticeHours,
                                       int horizonDays, List<SlotRules.WeeklyHours> weeklyHours) {
        var type = meetingTypes.findById(meetingTypeId).orElseThrow();
        scope.requireServes(type.municipalityId());
        type.changeSettings(slotMinutes, bufferMinutes, minimumNoticeHours, horizonDays);
        type.replaceWeeklyHours(weeklyHours.stream()
                .map(h -> new WeeklyHoursEntry(h.day(), h.from(), h.to(), h.validFrom(), h.validTo())).toList());
        meetingTypes.saveAndFlush(type);
        return leftOutside();
    }

    /** Whether Christmas Eve, New Year's Eve and Constitution Day are closed in this municipality. */
    @Transactional(readOnly = true)
    public DanishHolidays.Options holidayOptions(long municipalityId) {
        scope.requireServes(municipalityId);
        return engine.settings(municipalityId).holidays();
    }

    @Transactional
    public List<BookingDetails> updateHolidayOptions(long municipalityId, DanishHolidays.Options options) {
        scope.requireServes(municipalityId);
        var settings = engine.settings(municipalityId);
        settings.closeOn(options);
        bookingSettings.saveAndFlush(settings);
        return leftOutside();
    }

    @Transactional
    public List<BookingDetails> addClosure(long municipalityId, LocalDate firstDay, LocalDate lastDay, String reason) {
        scope.requireServes(municipalityId);
        closedPeriods.saveAndFlush(ClosedPeriodEntry.closure(municipalityId, firstDay, lastDay, reason.strip()));
        return leftOutside();
    }

    /** The signed-in advisor's absence: closes their hours in every municipality they serve. */
    @Transactional
    public List<BookingDetails> addMyAbsence(LocalDate firstDay, LocalDate lastDay, String reason) {
        closedPeriods.saveAndFlush(ClosedPeriodEntry.absence(currentAdvisorId(), firstDay, lastDay, reason.strip()));
        return leftOutside();
    }

    @Transactional(readOnly = true)
    public List<ClosedPeriodView> closedPeriods() {
        var today = PortalTime.today(clock);
        return closedPeriods.findCurrent(scope.servedMunicipalityIds(), currentAdvisorId(), today).stream()
                .map(c -> new ClosedPeriodView(c.id(), c.municipalityId(), c.advisorId() != null,
                        c.toRule().firstDay(), c.toRule().lastDay(), c.reason()))
                .toList();
    }

    @Transactional
    public void removeClosedPeriod(long id) {
        var period = closedPeriods.findById(id).orElseThrow();
        if (period.municipalityId() != null) {
            scope.requireServes(period.municipalityId());
        } else if (period.advisorId() == null || period.advisorId() != currentAdvisorId()) {
            throw new AccessDeniedException("Not your absence");
        }
        closedPeriods.delete(period);
    }

    /** Future confirmed bookings in the advisor's municipalities that no longer fit the hours. */
    @Transactional(readOnly = true)
    public List<BookingDetails> leftOutside() {
        return bookings.findFutureConfirmed(scope.servedMunicipalityIds(), currentAdvisorId(), clock.instant())
                .stream()
                .filter(booking -> !engine.stillFits(booking))
                .map(engine::details)
                .toList();
    }

    private MeetingTypeSettings settings(MeetingType type) {
        var summary = engine.meetingTypesOf(type.municipalityId()).stream()
                .filter(s -> s.id() == type.id()).findFirst().orElseThrow();
        return new MeetingTypeSettings(type.id(), type.municipalityId(), summary.municipalityName(), type.kind(),
                type.nameDanish(), type.nameEnglish(), (int) type.slotLength().toMinutes(), (int) type.buffer().toMinutes(),
                (int) type.minimumNotice().toHours(), (int) type.horizon().toDays(),
                type.weeklyHours().stream().map(WeeklyHoursEntry::toRule).toList());
    }

    private long currentAdvisorId() {
        var name = SignedInStaff.actor();
        return staff.advisorId(name).orElse(-1L);
    }

}
