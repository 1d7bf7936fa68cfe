package dk.borgerraadgiver.administration;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.Channel;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.ContactRegistration;
import dk.borgerraadgiver.casework.ContactRegistrationForm;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointClassification;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.organisation.DepartmentAdministration;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.DepartmentNode;
import dk.borgerraadgiver.organisation.LocationKind;
import dk.borgerraadgiver.organisation.MeetingPlaceAdministration;
import dk.borgerraadgiver.organisation.MunicipalityAdministration;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.organisation.MunicipalityRefusedException;
import dk.borgerraadgiver.organisation.MunicipalitySettings;
import dk.borgerraadgiver.security.AdministrativeChanges;
import dk.borgerraadgiver.security.StaffAccounts;
import dk.borgerraadgiver.security.StaffAdministration;
import dk.borgerraadgiver.security.StaffRole;
import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.AccentColour;
import dk.borgerraadgiver.statistics.ReportPeriod;
import dk.borgerraadgiver.statistics.ReportTable;
import dk.borgerraadgiver.statistics.StatisticsReports;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administration's rules, through the real services and database: municipality codes, unique
 * slugs, readable colours, the administrator's scope, departments that move and retire without
 * changing statistics, meeting places, and a log entry with old and new value for each change.
 */
@PortalIntegrationTest
class AdministrationIntegrationTest {

    @Autowired
    MunicipalityAdministration municipalities;
    @Autowired
    MunicipalitySetup setup;
    @Autowired
    DepartmentAdministration departments;
    @Autowired
    MeetingPlaceAdministration places;
    @Autowired
    StaffAdministration staff;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    StaffScope scope;
    @Autowired
    AdministrativeChanges changes;
    @Autowired
    MunicipalityDirectory directory;
    @Autowired
    TestMunicipalities testMunicipalities;
    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    ContactRegistration registration;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    StatisticsReports reports;
    @Autowired
    dk.borgerraadgiver.booking.BookingRules booking;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    private String newAdministrator(Set<Long> municipalityIds) {
        var username = "adm-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, "administrator-password-1", "Admin " + username, username + "@example.dk",
                Set.of(StaffRole.ADMIN), municipalityIds);
        return username;
    }

    private static MunicipalitySettings settings(String code, String name) {
        var settings = new MunicipalitySettings();
        settings.setCode(code);
        settings.setName(name);
        settings.setContactPhone("57 87 60 00");
        settings.setContactEmail("borgerraadgiver@example.dk");
        settings.setPhoneHoursDanish("Hverdage kl. 9–15");
        settings.setPhoneHoursEnglish("Weekdays 9–15");
        settings.setAccentColour("#005f73");
        return settings;
    }

    @Test
    void a_municipality_needs_one_of_the_98_codes_once_a_unique_transliterated_slug_and_a_readable_colour() {
        SignedIn.as(newAdministrator(Set.of()), "ADMIN");

        assertThatThrownBy(() -> setup.create(settings("999", "Ingen Kommune"), SchemePreset.OMBUDSMAN))
                .isInstanceOfSatisfying(MunicipalityRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("admin.municipality.error.code"));

        long soroe = setup.create(settings("340", "Sorø Kommune"), SchemePreset.OMBUDSMAN);
        assertThat(directory.findById(soroe).orElseThrow().slug()).isEqualTo("soroe");
        assertThat(scope.servedMunicipalityIds()).as("the creator serves it").contains(soroe);
        assertThat(schemes.preset(soroe)).contains(SchemePreset.OMBUDSMAN);

        assertThatThrownBy(() -> setup.create(settings("340", "Sorø igen"), SchemePreset.OMBUDSMAN))
                .isInstanceOfSatisfying(MunicipalityRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("admin.municipality.error.codeTaken"));

        var sameSlug = settings("350", "Lejre Kommune");
        sameSlug.setSlug("Sorø");
        assertThatThrownBy(() -> setup.create(sameSlug, SchemePreset.OMBUDSMAN))
                .isInstanceOfSatisfying(MunicipalityRefusedException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("admin.municipality.error.slugTaken"));

        var yellow = settings("350", "Lejre Kommune");
        yellow.setAccentColour("#ffcc00");
        assertThatThrownBy(() -> setup.create(yellow, SchemePreset.OMBUDSMAN))
                .isInstanceOfSatisfying(MunicipalityRefusedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("admin.municipality.error.contrast");
                    var suggestion = new AccentColour((String) refused.arguments()[1]);
                    assertThat(suggestion.contrastAgainstWhite()).isGreaterThanOrEqualTo(4.5).isLessThan(5.5);
                    yellow.setAccentColour(suggestion.hex());
                });
        long lejre = setup.create(yellow, SchemePreset.STEVNS);
        assertThat(directory.findById(lejre).orElseThrow().slug()).isEqualTo("lejre");
        assertThat(directory.findBySlug("lejre")).isPresent();
    }

    @Test
    void an_administrator_changes_only_what_they_serve_and_each_change_is_logged_with_old_and_new_value() {
        long ours = testMunicipalities.create("971", "admin-ours", "Vores Kommune", new String[][]{{"AA", "Alfa"}});
        long theirs = testMunicipalities.create("972", "admin-theirs", "Deres Kommune", new String[][]{{"BB", "Beta"}});
        var administrator = newAdministrator(Set.of(ours));
        var otherAdvisor = "adv-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(otherAdvisor, "advisor-password-123", "Anden Rådgiver", otherAdvisor + "@example.dk",
                Set.of(StaffRole.ADVISOR), Set.of(theirs));
        SignedIn.as(administrator, "ADMIN");

        var changed = municipalities.settings(ours);
        changed.setContactPhone("70 20 30 40");
        municipalities.update(ours, changed);
        assertThatThrownBy(() -> municipalities.settings(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> municipalities.update(theirs, changed)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> departments.tree(theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.invite("ny-" + administrator, "Ny", "ny@example.dk", Set.of(StaffRole.ADVISOR),
                Set.of(theirs))).isInstanceOf(AccessDeniedException.class);
        assertThat(staff.accounts()).extracting(StaffAdministration.StaffMember::username)
                .contains(administrator).doesNotContain(otherAdvisor);
        long otherId = accounts.advisorId(otherAdvisor).orElseThrow();
        assertThatThrownBy(() -> staff.setActive(otherId, false)).isInstanceOf(AccessDeniedException.class);
        long selfId = accounts.advisorId(administrator).orElseThrow();
        assertThatThrownBy(() -> staff.setActive(selfId, false)).isInstanceOf(StaffAdministration.OwnAccountException.class);

        var log = changes.forMunicipality(ours);
        assertThat(log).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo(administrator);
            assertThat(entry.subject()).isEqualTo("MUNICIPALITY");
            assertThat(entry.changes()).isEqualTo("telefon: »11 22 33 44« → »70 20 30 40«");
        });
        assertThatThrownBy(() -> changes.forMunicipality(theirs)).isInstanceOf(AccessDeniedException.class);

        SignedIn.as(otherAdvisor, "ADVISOR");
        assertThatThrownBy(() -> municipalities.served()).as("an advisor is no administrator").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.accounts()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void departments_are_added_from_a_list_moved_and_retired_and_the_statistics_keep_their_figures() {
        long municipality = testMunicipalities.create("973", "admin-departments", "Afdelingernes Kommune",
                new String[][]{{"VO", "Voksne"}, {"BU", "Børn og Unge"}});
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        long adults = testMunicipalities.department(municipality, "VO");
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long category = schemes.categories(municipality).stream().filter(c -> c.code().equals("GFS-SAGSBEHANDLINGSTID"))
                .findFirst().orElseThrow().id();
        long caseId = registration.register(new ContactRegistrationForm(municipality, Channel.PHONE, LocalDate.of(2024, 2, 5),
                "Borger Afdeling", "afdeling@example.test", null, null, "Klage", false, false));
        caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.COMPLAINT, category, adults, Handling.MEETING));
        var before = reports.report(municipality, ReportPeriod.half(2024, 1), DepartmentLevel.CENTER, Locale.of("da"))
                .table("quarter-by-department");

        SignedIn.as(newAdministrator(Set.of(municipality)), "ADMIN");
        var wrong = departments.fromList(municipality, "SOC; Social;\nSOC; Social igen;\nX1; Ukendt forælder; NOPE", DepartmentLevel.DIRECTORATE, false);
        assertThat(wrong).extracting(DepartmentAdministration.ListLine::problemKey)
                .containsExactly(null, "admin.department.line.codeTaken", "admin.department.line.parent");
        assertThat(departments.tree(municipality)).as("nothing is created when a line is wrong").hasSize(2);
        var dryRun = departments.fromList(municipality, "SOC; Social og Sundhed;\nPSY; Psykiatri; SOC", DepartmentLevel.DIRECTORATE, true);
        assertThat(dryRun).allMatch(DepartmentAdministration.ListLine::ok);
        assertThat(departments.tree(municipality)).as("a dry run creates nothing").hasSize(2);
        departments.fromList(municipality, "SOC; Social og Sundhed;\nPSY; Psykiatri; SOC", DepartmentLevel.DIRECTORATE, false);
        var tree = departments.tree(municipality);
        var social = node(tree, "SOC");
        assertThat(node(tree, "PSY").parentId()).isEqualTo(social.id());
        assertThat(node(tree, "PSY").level()).isEqualTo(DepartmentLevel.CENTER);

        departments.move(adults, social.id());
        assertThatThrownBy(() -> departments.move(social.id(), adults)).isInstanceOfSatisfying(MunicipalityRefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("admin.department.error.cycle"));
        departments.retire(adults, true);
        assertThat(directory.departments(municipality).stream().filter(DepartmentNode::active)).extracting(DepartmentNode::code).doesNotContain("VO").contains("BU", "SOC");
        assertThat(node(departments.tree(municipality), "VO").active()).isFalse();
        assertThat(node(departments.tree(municipality), "VO").parentId()).isEqualTo(social.id());

        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        var after = reports.report(municipality, ReportPeriod.half(2024, 1), DepartmentLevel.CENTER, Locale.of("da"))
                .table("quarter-by-department");
        assertThat(total(after)).isEqualTo(total(before)).isEqualTo(1);
        assertThat(after.columns()).contains("Voksne");
    }

    @Test
    void meeting_places_are_added_edited_and_retired_and_an_address_is_required_except_at_home() {
        long municipality = testMunicipalities.create("974", "admin-places", "Mødestedernes Kommune", new String[][]{});
        SignedIn.as(newAdministrator(Set.of(municipality)), "ADMIN");
        var library = new MeetingPlaceAdministration.PlaceForm();
        library.setKind(LocationKind.LIBRARY);
        library.setName("Sorø Bibliotek");
        library.setStreet("Storgade 7");
        library.setPostalCode("41800");
        library.setCity("Sorø");
        assertThatThrownBy(() -> places.add(municipality, library)).isInstanceOfSatisfying(MunicipalityRefusedException.class,
                refused -> assertThat(refused.field()).isEqualTo("postalCode"));
        library.setPostalCode("4180");
        long id = places.add(municipality, library);
        var home = new MeetingPlaceAdministration.PlaceForm();
        home.setKind(LocationKind.CITIZEN_HOME);
        home.setName("Hjemme hos borgeren");
        places.add(municipality, home);

        library.setDirectionsDanish("Mødelokalet på 1. sal");
        places.update(id, library);
        places.retire(id, true);

        var listed = places.places(municipality);
        assertThat(listed).hasSize(2);
        assertThat(listed).filteredOn(p -> p.id() == id).singleElement().satisfies(place -> {
            assertThat(place.active()).isFalse();
            assertThat(place.directionsDanish()).isEqualTo("Mødelokalet på 1. sal");
        });
        assertThat(changes.forMunicipality(municipality)).extracting(AdministrativeChanges.Entry::changes)
                .contains("aktiv: »ja« → »nej«", "vejviser (da): – → »Mødelokalet på 1. sal«");
    }

    @Test
    void a_logo_is_a_png_made_anew_an_svg_is_refused_and_booking_rules_and_landing_texts_are_the_municipalitys_own()
            throws Exception {
        long municipality = testMunicipalities.create("975", "admin-logo", "Logoets Kommune", new String[][]{});
        SignedIn.as(newAdministrator(Set.of(municipality)), "ADMIN");
        var svg = java.nio.file.Files.createTempFile("logo", ".svg");
        java.nio.file.Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        assertThatThrownBy(() -> municipalities.setLogo(municipality, svg)).isInstanceOfSatisfying(MunicipalityRefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("admin.municipality.error.logoSvg"));
        var huge = java.nio.file.Files.createTempFile("logo", ".png");
        java.nio.file.Files.write(huge, dk.borgerraadgiver.support.Fixtures.png(5000, 10));
        assertThatThrownBy(() -> municipalities.setLogo(municipality, huge)).isInstanceOfSatisfying(MunicipalityRefusedException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("admin.municipality.error.logoSize"));
        assertThat(directory.logo(municipality)).isEmpty();

        var logo = java.nio.file.Files.createTempFile("logo", ".png");
        java.nio.file.Files.write(logo, dk.borgerraadgiver.support.Fixtures.png(1200, 300));
        municipalities.setLogo(municipality, logo);
        var stored = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(directory.logo(municipality).orElseThrow()));
        assertThat(stored.getWidth()).isEqualTo(480);
        assertThat(stored.getHeight()).isEqualTo(120);

        booking.change(municipality, "Logoets Kommune", new dk.borgerraadgiver.booking.BookingRules.Rules(24, 3));
        assertThat(booking.rules(municipality)).isEqualTo(new dk.borgerraadgiver.booking.BookingRules.Rules(24, 3));

        var settings = municipalities.settings(municipality);
        settings.setCanHelpDanish("Klager over kommunen\n\nHjælp til at forstå et brev");
        municipalities.update(municipality, settings);
        var texts = directory.findById(municipality).orElseThrow().scopeTexts();
        assertThat(texts.canHelp(Locale.of("da"))).containsExactly("Klager over kommunen", "Hjælp til at forstå et brev");
        assertThat(texts.canHelp(Locale.ENGLISH)).as("English keeps the standard text").isEmpty();
        assertThat(changes.forMunicipality(municipality)).extracting(AdministrativeChanges.Entry::changes)
                .contains("logo tilføjet", "aflysning senest (timer før): »2« → »24«; aktive bookinger pr. borger: »2« → »3«");
    }

    private static DepartmentNode node(List<DepartmentNode> tree, String code) {
        return tree.stream().filter(node -> node.code().equals(code)).findFirst().orElseThrow();
    }

    private static long total(ReportTable table) {
        return table.rows().stream().filter(ReportTable.Row::total).findFirst().orElseThrow().cells().getFirst().count();
    }
}
