package dk.borgerraadgiver.organisation.internal;

import java.util.Collection;
import java.util.Set;

import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.LocationKind;
import dk.borgerraadgiver.security.StaffAccounts;
import dk.borgerraadgiver.shared.ProductionSettings.UnsafeProductionSettingsException;
import dk.borgerraadgiver.security.StaffRole;
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
 * Demo municipalities for the embedded run: Stevns and Ringsted share one advisor (as Ishøj and
 * Hvidovre do in real life), Ishøj has its own. Departments follow the seed reports. Loaded only when
 * {@code portal.demo-data.enabled} is true, which the start-up sets for the embedded database alone,
 * and only into an empty database; switched on for a database that holds other municipalities, it
 * stops the start.
 */
@Component
@ConditionalOnBooleanProperty("portal.demo-data.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

    /** Documented in README for the embedded run only. */
    static final String DEMO_PASSWORD = "demo1234";
    /** The demo municipalities' codes: Stevns, Ringsted, Ishøj. */
    private static final Set<String> DEMO_CODES = Set.of("336", "329", "183");
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final MunicipalityRepository municipalities;
    private final DepartmentRepository departments;
    private final LocationRepository locations;
    private final StaffAccounts staff;

    DemoData(MunicipalityRepository municipalities, DepartmentRepository departments, LocationRepository locations,
             StaffAccounts staff) {
        this.municipalities = municipalities;
        this.departments = departments;
        this.locations = locations;
        this.staff = staff;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (municipalities.count() > 0) {
            if (holdsRealMunicipalities(municipalities.findAll().stream().map(Municipality::code).toList())) {
                throw new UnsafeProductionSettingsException("PORTAL_DEMO_DATA_ENABLED is true on a database that holds "
                        + "real municipalities: remove it, demo users with a published password must never reach real data.");
            }
            return;
        }
        var stevns = stevns();
        var ringsted = ringsted();
        var ishoj = ishoj();
        staff.create("anne", DEMO_PASSWORD, "Anne Holm", "borgerraadgiver@stevns.dk",
                Set.of(StaffRole.ADVISOR), Set.of(stevns.id(), ringsted.id()));
        staff.create("bo", DEMO_PASSWORD, "Bo Madsen", "borgerraadgiver@ishoj.dk",
                Set.of(StaffRole.ADVISOR), Set.of(ishoj.id()));
        staff.create("admin", DEMO_PASSWORD, "Portaladministrator", "it@borgerraadgiver.example",
                Set.of(StaffRole.ADMIN, StaffRole.ADVISOR), Set.of(stevns.id(), ringsted.id(), ishoj.id()));
        log.info("Demo data loaded: 3 municipalities, 3 staff users");
    }

    /** Whether a database with these municipality codes holds more than the demo municipalities. */
    static boolean holdsRealMunicipalities(Collection<String> codes) {
        return codes.stream().anyMatch(code -> !DEMO_CODES.contains(code));
    }

    private Municipality stevns() {
        var stevns = municipalities.save(new Municipality("336", "stevns", "Stevns Kommune", "56 57 57 57",
                "borgerraadgiver@stevns.dk", "Hverdage kl. 9–15, fredag til kl. 13",
                "Weekdays 9:00–15:00, Fridays until 13:00", 6, 1, "#005f73"));
        int order = 0;
        for (String[] center : new String[][]{
                {"PB", "Center for Politik & Borger"}, {"AM", "Center for Arbejdsmarked"},
                {"BL", "Center for Børn & Læring"}, {"SO", "Center for Sund & Omsorg"},
                {"TM", "Center for Teknik & Miljø"}, {"OHI", "Center for Økonomi, HR & IT"}}) {
            departments.save(new Department(stevns, null, center[0], center[1], DepartmentLevel.CENTER, order++));
        }
        otherAuthorities(stevns, order);
        locations.save(new Location(stevns, "RADHUS", LocationKind.TOWN_HALL, "Stevns Rådhus, Borgerrådgiverens kontor",
                "Rådhuspladsen 1", "4660", "Store Heddinge", "Indgang fra pladsen, spørg i receptionen",
                "Entrance from the square, ask at the reception", true));
        locations.save(new Location(stevns, "BIBLIOTEK", LocationKind.LIBRARY, "Store Heddinge Bibliotek",
                "Ved Stadsgraven 2", "4660", "Store Heddinge", "Mødelokalet bag udlånet",
                "The meeting room behind the lending desk", true));
        locations.save(new Location(stevns, "HJEMME", LocationKind.CITIZEN_HOME, "Hjemme hos borgeren",
                null, null, null, null, null, true));
        return stevns;
    }

    private Municipality ringsted() {
        var ringsted = municipalities.save(new Municipality("329", "ringsted", "Ringsted Kommune", "57 62 62 62",
                "borgerraadgiver@ringsted.dk", "Hverdage kl. 10–15", "Weekdays 10:00–15:00", 12, 1, "#7a1f3d"));
        var social = departments.save(new Department(ringsted, null, "VELFAERD", "Velfærd", DepartmentLevel.DIRECTORATE, 0));
        var technical = departments.save(new Department(ringsted, null, "TEKNIK", "Teknik og Miljø", DepartmentLevel.DIRECTORATE, 1));
        var staff = departments.save(new Department(ringsted, null, "STAB", "Koncernstab", DepartmentLevel.DIRECTORATE, 2));
        int order = 0;
        for (String[] center : new String[][]{
                {"SSC", "Social- og Sundhedscenter"}, {"AMC", "Arbejdsmarkedscenter"},
                {"BC", "Børnecenter"}, {"SKC", "Skolecenter"}}) {
            departments.save(new Department(ringsted, social, center[0], center[1], DepartmentLevel.CENTER, order++));
        }
        departments.save(new Department(ringsted, technical, "TMC", "Teknik- og Miljøcenter", DepartmentLevel.CENTER, order++));
        departments.save(new Department(ringsted, technical, "VEC", "Vej- og Ejendomscenter", DepartmentLevel.CENTER, order++));
        departments.save(new Department(ringsted, staff, "KC", "Koncerncenter", DepartmentLevel.CENTER, order++));
        departments.save(new Department(ringsted, staff, "KOM", "Kommunikationscenter", DepartmentLevel.CENTER, order++));
        otherAuthorities(ringsted, order);
        locations.save(new Location(ringsted, "RADHUS", LocationKind.TOWN_HALL, "Ringsted Rådhus",
                "Sct. Bendtsgade 1", "4100", "Ringsted", "Spørg efter borgerrådgiveren i borgerservice",
                "Ask for the citizen advisor at the citizen service desk", true));
        locations.save(new Location(ringsted, "BIBLIOTEK", LocationKind.LIBRARY, "Ringsted Bibliotek",
                "Sct. Bendtsgade 8", "4100", "Ringsted", "Åben rådgivning i studierummet på 1. sal",
                "Drop-in advice in the study room on the first floor", true));
        locations.save(new Location(ringsted, "HJEMME", LocationKind.CITIZEN_HOME, "Hjemme hos borgeren",
                null, null, null, null, null, true));
        return ringsted;
    }

    private Municipality ishoj() {
        var ishoj = municipalities.save(new Municipality("183", "ishoj", "Ishøj Kommune", "43 57 75 75",
                "borgerraadgiver@ishoj.dk", "Hverdage kl. 9–15, torsdag til kl. 17",
                "Weekdays 9:00–15:00, Thursdays until 17:00", 12, 1, "#1d4e89"));
        var children = departments.save(new Department(ishoj, null, "BU", "Børn og Unge", DepartmentLevel.DIRECTORATE, 0));
        var adults = departments.save(new Department(ishoj, null, "SS", "Social og Sundhed", DepartmentLevel.DIRECTORATE, 1));
        var city = departments.save(new Department(ishoj, null, "BM", "By og Miljø", DepartmentLevel.DIRECTORATE, 2));
        departments.save(new Department(ishoj, children, "BF", "Center for Børn og Familie", DepartmentLevel.CENTER, 3));
        departments.save(new Department(ishoj, children, "DAG", "Dagtilbud og Skole", DepartmentLevel.CENTER, 4));
        departments.save(new Department(ishoj, adults, "JOB", "Jobcenter Ishøj", DepartmentLevel.CENTER, 5));
        departments.save(new Department(ishoj, adults, "VOK", "Voksenhandicap og Psykiatri", DepartmentLevel.CENTER, 6));
        departments.save(new Department(ishoj, adults, "AEL", "Ældre og Sundhed", DepartmentLevel.CENTER, 7));
        departments.save(new Department(ishoj, city, "BYG", "Byggeri og Miljø", DepartmentLevel.CENTER, 8));
        otherAuthorities(ishoj, 9);
        locations.save(new Location(ishoj, "RADHUS", LocationKind.TOWN_HALL, "Ishøj Rådhus, 7. etage",
                "Ishøj Store Torv 20", "2635", "Ishøj", "Tag elevatoren til 7. etage",
                "Take the lift to the 7th floor", true));
        locations.save(new Location(ishoj, "BIBLIOTEK", LocationKind.LIBRARY, "Ishøj Bibliotek",
                "Ishøj Store Torv 1", "2635", "Ishøj", "Åben rådgivning onsdag kl. 16 ved infoskærmen",
                "Drop-in advice on Wednesdays at 16:00 by the information screen", true));
        locations.save(new Location(ishoj, "HJEMME", LocationKind.CITIZEN_HOME, "Hjemme hos borgeren",
                null, null, null, null, null, true));
        return ishoj;
    }

    private void otherAuthorities(Municipality municipality, int order) {
        var other = departments.save(new Department(municipality, null, "ANDEN", "Anden myndighed",
                DepartmentLevel.OTHER_AUTHORITY, order));
        departments.save(new Department(municipality, other, "UDK", "Udbetaling Danmark", DepartmentLevel.OTHER_AUTHORITY, order + 1));
        departments.save(new Department(municipality, other, "FAM", "Familieretshuset", DepartmentLevel.OTHER_AUTHORITY, order + 2));
    }
}
