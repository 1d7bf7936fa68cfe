package dk.borgerraadgiver.booking.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.booking.BookingChannel;
import dk.borgerraadgiver.booking.CitizenContact;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import dk.borgerraadgiver.security.StaffAccounts;
import dk.borgerraadgiver.shared.PortalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Office hours as the seed reports describe them (Ringsted weekdays 10–15 and library Tuesdays 12–14,
 * Ishøj library Wednesdays 16–18 …), an absence and a closure, and a handful of bookings in the coming
 * two weeks so the agenda has something to show. Demo runs only, into an empty booking table.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BookingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BookingDemoData.class);
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final MeetingTypeRepository meetingTypes;
    private final ClosedPeriodRepository closedPeriods;
    private final BookingRepository bookings;
    private final MunicipalityDirectory municipalities;
    private final StaffAccounts staff;
    private final BookingEngine engine;
    private final Clock clock;

    BookingDemoData(MeetingTypeRepository meetingTypes, ClosedPeriodRepository closedPeriods, BookingRepository bookings,
                    MunicipalityDirectory municipalities, StaffAccounts staff, BookingEngine engine, Clock clock) {
        this.meetingTypes = meetingTypes;
        this.closedPeriods = closedPeriods;
        this.bookings = bookings;
        this.municipalities = municipalities;
        this.staff = staff;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var stevns = municipalities.findBySlug("stevns");
        var ringsted = municipalities.findBySlug("ringsted");
        var ishoj = municipalities.findBySlug("ishoj");
        var anne = staff.advisorId("anne");
        var bo = staff.advisorId("bo");
        if (stevns.isEmpty() || ringsted.isEmpty() || ishoj.isEmpty() || anne.isEmpty() || bo.isEmpty()
                || bookings.count() > 0 || meetingTypes.existsByMunicipalityId(stevns.get().id())) {
            log.info("No demo bookings: the demo municipalities are missing or already have office hours");
            return;
        }
        var validFrom = PortalTime.today(clock).minusYears(1);
        engine.prepareCalendar(anne.get());
        engine.prepareCalendar(bo.get());

        var ringstedMeeting = meetingTypes.save(inPerson(ringsted.get(), anne.get(), 45, 15, validFrom,
                WEEKDAYS, LocalTime.of(10, 0), LocalTime.of(15, 0)));
        meetingTypes.save(phone(ringsted.get(), anne.get(), validFrom, List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY)));
        meetingTypes.save(dropIn(ringsted.get(), anne.get(), validFrom, DayOfWeek.TUESDAY, LocalTime.of(12, 0), LocalTime.of(14, 0)));
        meetingTypes.save(homeVisit(ringsted.get(), anne.get()));

        var stevnsMeeting = meetingTypes.save(inPerson(stevns.get(), anne.get(), 60, 0, validFrom,
                List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(14, 0)));
        meetingTypes.save(phone(stevns.get(), anne.get(), validFrom, List.of(DayOfWeek.FRIDAY)));
        meetingTypes.save(dropIn(stevns.get(), anne.get(), validFrom, DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(16, 0)));
        meetingTypes.save(homeVisit(stevns.get(), anne.get()));

        var ishojMeeting = meetingTypes.save(inPerson(ishoj.get(), bo.get(), 45, 15, validFrom,
                WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(15, 0)));
        meetingTypes.save(phone(ishoj.get(), bo.get(), validFrom, List.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)));
        meetingTypes.save(dropIn(ishoj.get(), bo.get(), validFrom, DayOfWeek.WEDNESDAY, LocalTime.of(16, 0), LocalTime.of(18, 0)));
        meetingTypes.save(homeVisit(ishoj.get(), bo.get()));

        var today = PortalTime.today(clock);
        closedPeriods.save(ClosedPeriodEntry.absence(bo.get(), today.plusWeeks(3), today.plusWeeks(3).plusDays(2),
                "Kursus i forvaltningsret"));
        closedPeriods.save(ClosedPeriodEntry.closure(ringsted.get().id(), today.plusWeeks(5), today.plusWeeks(5),
                "Personaledag på rådhuset"));

        var citizens = List.of(
                new CitizenContact("Karen Nielsen", "karen.nielsen@example.dk", "20 11 22 33", Locale.of("da"), "", null),
                new CitizenContact("Mohammed Ali", null, "31 44 55 66", Locale.of("da"), "Tolk: arabisk", null),
                new CitizenContact("Birthe Jørgensen", "birthe.j@example.dk", null, Locale.of("da"), "Trinfri adgang", null),
                new CitizenContact("Anna Kowalski", "anna.k@example.com", null, Locale.ENGLISH, "", null));
        int made = 0;
        for (var type : List.of(ringstedMeeting, stevnsMeeting, ishojMeeting)) {
            var free = engine.freeSlots(type, today, today.plusDays(14));
            for (int i = 0; i < citizens.size() && i * 3 < free.size(); i++) {
                engine.book(type, free.get(i * 3), citizens.get((i + made) % citizens.size()),
                        i % 2 == 0 ? BookingChannel.ASSISTED : BookingChannel.ONLINE);
                made++;
            }
        }
        log.info("Demo booking data loaded: 12 meeting types, {} bookings", made);
    }

    private static MeetingType inPerson(MunicipalityProfile municipality, long advisorId, int minutes, int buffer,
                                        LocalDate validFrom, List<DayOfWeek> days, LocalTime from, LocalTime to) {
        var type = StandardMeetingTypes.inPerson(municipality, advisorId, minutes, buffer);
        days.forEach(day -> type.addWeeklyHours(new WeeklyHoursEntry(day, from, to, validFrom, null)));
        return type;
    }

    private static MeetingType phone(MunicipalityProfile municipality, long advisorId, LocalDate validFrom,
                                     List<DayOfWeek> days) {
        var type = StandardMeetingTypes.phone(municipality, advisorId);
        days.forEach(day -> type.addWeeklyHours(new WeeklyHoursEntry(day, LocalTime.of(9, 0), LocalTime.of(12, 0), validFrom, null)));
        return type;
    }

    private static MeetingType dropIn(MunicipalityProfile municipality, long advisorId, LocalDate validFrom,
                                      DayOfWeek day, LocalTime from, LocalTime to) {
        var type = StandardMeetingTypes.dropIn(municipality, advisorId);
        type.addWeeklyHours(new WeeklyHoursEntry(day, from, to, validFrom, null));
        return type;
    }

    private static MeetingType homeVisit(MunicipalityProfile municipality, long advisorId) {
        return StandardMeetingTypes.homeVisit(municipality, advisorId);
    }
}
