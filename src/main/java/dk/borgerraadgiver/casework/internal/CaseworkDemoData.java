package dk.borgerraadgiver.casework.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import dk.borgerraadgiver.casework.ActivityKind;
import dk.borgerraadgiver.casework.CannotHandleReason;
import dk.borgerraadgiver.casework.CaseEventType;
import dk.borgerraadgiver.casework.CaseStatus;
import dk.borgerraadgiver.casework.Channel;
import dk.borgerraadgiver.casework.CitizenKeys;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.CriticismLevel;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointClassification;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.casework.PointOrigin;
import dk.borgerraadgiver.casework.PowerOfAttorneyStatus;
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import dk.borgerraadgiver.shared.PrivateLinks;
import dk.borgerraadgiver.shared.PortalTime;
import org.jspecify.annotations.Nullable;
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
 * Two years of registrations for the demo municipalities, so the inbox, the case pages and the
 * statistics have something realistic to show: mostly phone and walk-in contacts, complaints with
 * main and follow-up points spread over the departments the seed reports name, forwards answered on
 * time or late (with reminders), a few investigations, and repeat citizens. Stevns uses its seven
 * categories, Ringsted and Ishøj the Ombudsman-based scheme. Seeded, so every run looks the same.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class CaseworkDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaseworkDemoData.class);
    private static final String[] FIRST = {"Karen", "Jens", "Mette", "Lars", "Hanne", "Peter", "Birgit", "Henrik", "Lone",
            "Søren", "Anne", "Morten", "Kirsten", "Niels", "Susanne", "Ahmed", "Fatima", "Ole", "Camilla", "Mikkel",
            "Inger", "Thomas", "Pia", "Jørgen", "Line", "Kasper", "Grethe", "Bashir", "Maja", "Erik"};
    private static final String[] LAST = {"Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen",
            "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen",
            "Johansen", "Møller", "Mortensen", "Yilmaz", "Hussein"};
    private static final Map<PointKind, String[]> SUMMARIES = Map.of(
            PointKind.COMPLAINT, new String[]{"Har ventet 5 måneder på afgørelse om hjælpemiddel",
                    "Utilfreds med sagsbehandlerens tone ved møde i jobcentret", "Ikke partshørt før afgørelse om hjemmehjælp",
                    "Mangler svar på mail sendt for to måneder siden", "Afslag på merudgifter uden begrundelse",
                    "Klage over manglende koordinering mellem skole og PPR", "Byggesag trækker ud uden orientering",
                    "Ændret visitation til rengøring hver 3. uge", "Aktindsigt ikke besvaret inden for 7 dage",
                    "Utilfreds med forløb om ressourceforløb"},
            PointKind.GUIDANCE, new String[]{"Vil forstå afgørelse om boligstøtte", "Spørger til klagemuligheder over afslag",
                    "Hjælp til at læse brev fra Familieretshuset", "Hvordan søger man om ledsageordning?"},
            PointKind.SIGNPOSTING, new String[]{"Søger rette afdeling for parkeringskort", "Hvem behandler ansøgning om handicapbil?",
                    "Vil i kontakt med sagsbehandler i Børn og Familie"},
            PointKind.FORWARDING, new String[]{"Beder om at få sin henvendelse sendt videre til centret",
                    "Ønsker opringning fra sagsbehandler"},
            PointKind.INFORMING, new String[]{"Orienterer om verserende klage i Ankestyrelsen", "Holder borgerrådgiveren orienteret"},
            PointKind.CANNOT_HANDLE, new String[]{"Klage over kommunalbestyrelsens beslutning om skolelukning",
                    "Klage over afgørelse, der kan påklages til Ankestyrelsen", "Uenig med arbejdsgiver i kommunen"});

    private final ClassificationSchemes schemes;
    private final ClassificationCategoryRepository categories;
    private final CaseFileRepository cases;
    private final ComplaintPointRepository points;
    private final CaseForwardRepository forwards;
    private final CaseEventRepository events;
    private final JournalEntryRepository journal;
    private final AdvisorActivityRepository activities;
    private final MunicipalityDirectory municipalities;
    private final CitizenKeys citizenKeys;
    private final Clock clock;

    CaseworkDemoData(ClassificationSchemes schemes, ClassificationCategoryRepository categories, CaseFileRepository cases,
                     ComplaintPointRepository points, CaseForwardRepository forwards, CaseEventRepository events,
                     JournalEntryRepository journal, AdvisorActivityRepository activities,
                     MunicipalityDirectory municipalities, CitizenKeys citizenKeys, Clock clock) {
        this.schemes = schemes;
        this.categories = categories;
        this.cases = cases;
        this.points = points;
        this.forwards = forwards;
        this.events = events;
        this.journal = journal;
        this.activities = activities;
        this.municipalities = municipalities;
        this.citizenKeys = citizenKeys;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var stevns = municipalities.findBySlug("stevns");
        var ringsted = municipalities.findBySlug("ringsted");
        var ishoj = municipalities.findBySlug("ishoj");
        if (stevns.isEmpty() || ringsted.isEmpty() || ishoj.isEmpty() || categories.existsByMunicipalityId(stevns.get().id())) {
            return;
        }
        schemes.install(stevns.get().id(), SchemePreset.STEVNS);
        schemes.install(ringsted.get().id(), SchemePreset.OMBUDSMAN);
        schemes.install(ishoj.get().id(), SchemePreset.OMBUDSMAN);
        int count = 0;
        count += registrations(stevns.get(), "anne", 7, new Random(336));
        count += registrations(ringsted.get(), "anne", 9, new Random(329));
        count += registrations(ishoj.get(), "bo", 8, new Random(183));
        log.info("Demo data loaded: {} cases over two years", count);
    }

    private int registrations(MunicipalityProfile municipality, String advisor, int perMonth, Random random) {
        var today = PortalTime.today(clock);
        var start = today.minusYears(2).withDayOfMonth(1);
        var departments = municipalities.departments(municipality.id()).stream()
                .filter(d -> d.level() == DepartmentLevel.CENTER).toList();
        var otherAuthorities = municipalities.departments(municipality.id()).stream()
                .filter(d -> d.level() == DepartmentLevel.OTHER_AUTHORITY && d.parentId() != null).toList();
        Map<String, Long> categoryIds = categories.findByMunicipalityIdOrderBySortOrderAscIdAsc(municipality.id()).stream()
                .collect(Collectors.toMap(ClassificationCategory::code, ClassificationCategory::id));
        var citizens = new ArrayList<String[]>();
        int made = 0;
        for (var month = start; !month.isAfter(today); month = month.plusMonths(1)) {
            int inMonth = perMonth + random.nextInt(5) - 2;
            for (int i = 0; i < inMonth; i++) {
                var day = month.plusDays(random.nextInt(month.lengthOfMonth()));
                while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    day = day.minusDays(1);
                }
                if (day.isAfter(today) || day.isBefore(start)) {
                    continue;
                }
                var citizen = citizens.isEmpty() || random.nextInt(100) < 75 ? newCitizen(random, citizens)
                        : citizens.get(random.nextInt(citizens.size()));
                oneCase(municipality, advisor, day, today, citizen, departments, otherAuthorities, categoryIds, random);
                made++;
            }
        }
        for (var month = start; !month.isAfter(today); month = month.plusMonths(1)) {
            for (int i = 0; i < 3; i++) {
                var day = month.plusDays(random.nextInt(month.lengthOfMonth()));
                if (day.isAfter(today)) {
                    continue;
                }
                var kind = ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
                activities.save(new AdvisorActivity(municipality.id(), kind, day,
                        departments.get(random.nextInt(departments.size())).id(), 30 + 15 * random.nextInt(8),
                        kind == ActivityKind.TALK ? "Oplæg for ledergruppen om god forvaltningsskik" : "", advisor));
            }
        }
        return made;
    }

    private String[] newCitizen(Random random, List<String[]> citizens) {
        var name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        var phone = "%08d".formatted(20_000_000 + random.nextInt(79_999_999));
        var citizen = new String[]{name, phone};
        citizens.add(citizen);
        return citizen;
    }

    private void oneCase(MunicipalityProfile municipality, String advisor, LocalDate day, LocalDate today, String[] citizen,
                         List<DepartmentNode> departments, List<DepartmentNode> otherAuthorities,
                         Map<String, Long> categoryIds, Random random) {
        var channel = pick(random, new Channel[]{Channel.PHONE, Channel.PERSONAL_VISIT, Channel.EMAIL, Channel.PORTAL,
                Channel.LIBRARY_DROP_IN, Channel.LETTER, Channel.DIGITAL_POST}, new int[]{45, 15, 15, 8, 9, 4, 4});
        var mainKind = pick(random, PointKind.values(), new int[]{60, 18, 10, 5, 4, 3});
        var texts = SUMMARIES.get(mainKind);
        var at = day.atTime(LocalTime.of(9 + random.nextInt(6), random.nextInt(60))).atZone(PortalTime.ZONE).toInstant();
        var caseFile = new CaseFile(municipality.id(), channel, day, at, advisor, citizen[0], null, citizen[1],
                citizenKeys.keyFor(citizen[1]), "da", texts[random.nextInt(texts.length)],
                random.nextInt(100) < 6 ? PowerOfAttorneyStatus.VERIFIED : PowerOfAttorneyStatus.NOT_NEEDED,
                PrivateLinks.newNonce());
        boolean noRealWork = random.nextInt(100) < 7;
        caseFile.markNoRealCaseWork(noRealWork);
        caseFile = cases.save(caseFile);
        caseFile.assignReference("S-%d-%06d".formatted(day.getYear(), caseFile.id()));
        event(caseFile, at, advisor, CaseEventType.REGISTERED, channel.name());
        long ageDays = today.toEpochDay() - day.toEpochDay();
        if (ageDays < 3 && random.nextBoolean()) {
            return;
        }
        boolean stevns = categoryIds.containsKey("4.1");
        var department = random.nextInt(100) < 6 && !otherAuthorities.isEmpty()
                ? otherAuthorities.get(random.nextInt(otherAuthorities.size()))
                : departments.get(weightedIndex(random, departments.size()));
        var main = classification(true, mainKind, department.id(), stevns, categoryIds, random, day);
        points.save(new ComplaintPoint(caseFile, main, PointOrigin.REGISTERED, at));
        int followUps = pick(random, new Integer[]{0, 1, 2, 3}, new int[]{52, 32, 12, 4});
        for (int i = 0; i < followUps && !noRealWork; i++) {
            var kind = mainKind == PointKind.COMPLAINT ? pick(random, new PointKind[]{PointKind.COMPLAINT, PointKind.GUIDANCE},
                    new int[]{85, 15}) : pick(random, new PointKind[]{PointKind.GUIDANCE, PointKind.SIGNPOSTING}, new int[]{60, 40});
            var followDepartment = random.nextInt(100) < 75 ? department : departments.get(random.nextInt(departments.size()));
            points.save(new ComplaintPoint(caseFile, classification(false, kind, followDepartment.id(), stevns, categoryIds,
                    random, day), PointOrigin.REGISTERED, at));
        }
        event(caseFile, at.plusSeconds(600), advisor, CaseEventType.CLASSIFIED, "main " + mainKind.name());
        if (main.handling() == Handling.DIALOGUE_FORWARDED) {
            var forwardedOn = day.plusDays(1 + random.nextInt(3));
            var deadline = forwardedOn.plusDays(14);
            if (!forwardedOn.isAfter(today)) {
                var forward = forwards.save(new CaseForward(caseFile.id(), municipality.id(), department.id(), forwardedOn, deadline));
                event(caseFile, forwardedOn.atTime(10, 0).atZone(PortalTime.ZONE).toInstant(), advisor, CaseEventType.FORWARDED,
                        department.name() + " · " + deadline);
                var answeredOn = forwardedOn.plusDays(4 + random.nextInt(24));
                if (answeredOn.isAfter(deadline) && deadline.plusDays(2).isBefore(today)) {
                    forward.remindedWithNewDeadline(deadline.plusDays(7));
                    var reminderCategory = categoryIds.getOrDefault(stevns ? "4.4" : "GFS-RYKKER", main.categoryId());
                    points.save(new ComplaintPoint(caseFile, PointClassification.of(false, PointKind.COMPLAINT, reminderCategory,
                            department.id(), Handling.DIALOGUE_FORWARDED), PointOrigin.REMINDER,
                            deadline.plusDays(1).atTime(9, 0).atZone(PortalTime.ZONE).toInstant()));
                    event(caseFile, deadline.plusDays(1).atTime(9, 0).atZone(PortalTime.ZONE).toInstant(), advisor,
                            CaseEventType.REMINDER_SENT, deadline.plusDays(7).toString());
                }
                if (!answeredOn.isAfter(today) && random.nextInt(100) < 92) {
                    forward.answered(answeredOn, random.nextInt(100) < 80);
                    event(caseFile, answeredOn.atTime(14, 0).atZone(PortalTime.ZONE).toInstant(), advisor,
                            CaseEventType.ANSWER_REGISTERED, answeredOn.toString());
                } else {
                    caseFile.moveTo(CaseStatus.AWAITING_ANSWER);
                }
            }
        }
        if (ageDays > 35 && caseFile.status() != CaseStatus.AWAITING_ANSWER) {
            var closedAt = day.plusDays(20 + random.nextInt(15)).atTime(15, 0).atZone(PortalTime.ZONE).toInstant();
            caseFile.close(closedAt);
            event(caseFile, closedAt, advisor, CaseEventType.CLOSED, null);
        } else if (caseFile.status() == CaseStatus.NEW) {
            caseFile.moveTo(CaseStatus.IN_PROGRESS);
            if (random.nextInt(3) == 0) {
                caseFile.setDeadline(day.plusDays(10));
                journal.save(new JournalEntry(caseFile.id(), advisor, at.plusSeconds(900),
                        "Talt med borgeren. Aftalt at jeg kontakter centret og vender tilbage inden fristen."));
            }
        }
    }

    private PointClassification classification(boolean main, PointKind kind, long departmentId, boolean stevns,
                                               Map<String, Long> categoryIds, Random random, LocalDate day) {
        @Nullable Long category = stevns ? categoryIds.get(stevnsCategory(kind, random))
                : kind == PointKind.COMPLAINT ? categoryIds.get(pick(random, new String[]{"GFS-SAGSBEHANDLINGSTID",
                "FVL-PARTSHOERING", "GFS-VEJLEDNING", "FVL-BEGRUNDELSE", "GFS-OPTRAEDEN", "GFS-ORIENTERING",
                "HJM-AFGOERELSE", "GFS-KOORDINERING", "FVL-KLAGEVEJLEDNING", "GFS-SPROG", "HJM-SERVICENIVEAU",
                "FVL-AKTINDSIGT", "GFS-INDDRAGELSE", "RET-PRIVATRET", "PRV-SKOEN", "AFV-AFVIST"},
                new int[]{22, 10, 10, 8, 8, 7, 6, 6, 5, 4, 4, 3, 3, 2, 1, 1})) : null;
        if (kind != PointKind.COMPLAINT) {
            return new PointClassification(main, kind, kind == PointKind.CANNOT_HANDLE
                    ? pick(random, CannotHandleReason.values(), new int[]{30, 15, 25, 10, 15, 5}) : null,
                    category, departmentId, null, null, null, null, null);
        }
        var handling = pick(random, Handling.values(), new int[]{45, 25, 15, 7, 8});
        if (handling != Handling.INVESTIGATION) {
            return PointClassification.of(main, kind, category, departmentId, handling);
        }
        var level = random.nextInt(100) < 30 ? null : CriticismLevel.values()[random.nextInt(CriticismLevel.values().length)];
        return new PointClassification(main, kind, null, category, departmentId, handling, day.plusDays(30 + random.nextInt(30)),
                level, level == null ? null : "Centret bør sikre partshøring før afgørelser om bortfald af støtte",
                level == null ? null : random.nextInt(100) < 80);
    }

    private static String stevnsCategory(PointKind kind, Random random) {
        return switch (kind) {
            case SIGNPOSTING -> "1";
            case GUIDANCE -> random.nextBoolean() ? "2" : "3";
            case FORWARDING, INFORMING -> "6";
            case CANNOT_HANDLE -> "7";
            case COMPLAINT -> pick(random, new String[]{"4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "5"},
                    new int[]{25, 10, 20, 8, 10, 5, 22});
        };
    }

    private void event(CaseFile caseFile, Instant at, String actor, CaseEventType type, @Nullable String detail) {
        events.save(new CaseEvent(caseFile.id(), at, actor, type, detail));
    }

    /** Earlier departments (the big welfare centres in the seed reports) get more cases. */
    private static int weightedIndex(Random random, int size) {
        int a = random.nextInt(size);
        int b = random.nextInt(size);
        return Math.min(a, b);
    }

    private static <T> T pick(Random random, T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
