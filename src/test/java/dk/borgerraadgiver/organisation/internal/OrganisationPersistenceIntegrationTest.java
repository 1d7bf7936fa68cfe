package dk.borgerraadgiver.organisation.internal;

import java.util.Set;

import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.LocationKind;
import dk.borgerraadgiver.security.StaffRole;
import dk.borgerraadgiver.security.internal.CitizenAdvisor;
import dk.borgerraadgiver.security.internal.CitizenAdvisorRepository;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.sql.SQLIntegrityConstraintViolationException;

/** Flyway's schema and the JPA mappings agree, on real MariaDB; each test rolls back. */
@PortalIntegrationTest
@Transactional
class OrganisationPersistenceIntegrationTest {

    @Autowired
    MunicipalityRepository municipalities;
    @Autowired
    DepartmentRepository departments;
    @Autowired
    LocationRepository locations;
    @Autowired
    CitizenAdvisorRepository advisors;
    @Autowired
    EntityManager entityManager;
    @Autowired
    JdbcTemplate jdbc;

    private Municipality hvidovre() {
        return municipalities.save(new Municipality("167", "hvidovre", "Hvidovre Kommune", "36 39 36 39",
                "borgerraadgiver@hvidovre.dk", "Hverdage kl. 10–14", "Weekdays 10:00–14:00", 12, 1, "#00563f"));
    }

    @Test
    void runs_on_mariadb() {
        assertThat(jdbc.queryForObject("SELECT VERSION()", String.class)).containsIgnoringCase("mariadb");
    }

    @Test
    void municipality_with_department_tree_location_and_advisor_survives_a_round_trip() {
        var municipality = hvidovre();
        var directorate = departments.save(new Department(municipality, null, "SOC", "Social og Sundhed", DepartmentLevel.DIRECTORATE, 0));
        departments.save(new Department(municipality, directorate, "JOB", "Jobcenter Hvidovre", DepartmentLevel.CENTER, 1));
        locations.save(new Location(municipality, "RADHUS", LocationKind.TOWN_HALL, "Hvidovre Rådhus",
                "Hvidovrevej 278", "2650", "Hvidovre", "Indgang A", "Entrance A", true));
        advisors.save(new CitizenAdvisor("carla", "{bcrypt}hash", "Carla Jensen", "carla@hvidovre.dk",
                Set.of(StaffRole.ADVISOR, StaffRole.ADMIN), Set.of(municipality.id())));
        entityManager.flush();
        entityManager.clear();

        var loaded = municipalities.findBySlug("hvidovre").orElseThrow();
        assertThat(loaded.name()).isEqualTo("Hvidovre Kommune");
        assertThat(loaded.phoneHoursEnglish()).isEqualTo("Weekdays 10:00–14:00");
        var tree = departments.findByMunicipalityIdOrderBySortOrderAscNameAsc(loaded.id());
        assertThat(tree).extracting(Department::code).containsExactly("SOC", "JOB");
        assertThat(tree.get(1).parentId()).isEqualTo(tree.get(0).id());
        assertThat(locations.findByMunicipalityId(loaded.id())).singleElement()
                .satisfies(location -> assertThat(location.postalCode()).isEqualTo("2650"));
        var advisor = advisors.findByUsername("carla").orElseThrow();
        assertThat(advisor.roles()).containsExactlyInAnyOrder(StaffRole.ADVISOR, StaffRole.ADMIN);
        assertThat(advisor.municipalityIds()).containsExactly(loaded.id());
    }

    @Test
    void two_municipalities_cannot_share_a_slug() {
        hvidovre();
        entityManager.flush();

        assertThatThrownBy(() -> {
            municipalities.save(new Municipality("168", "hvidovre", "Anden", "1", "a@b.dk", "x", "x", 12, 1, "#000000"));
            entityManager.flush();
        }).hasRootCauseInstanceOf(SQLIntegrityConstraintViolationException.class);
    }

    @Test
    void database_refuses_an_accent_colour_that_is_not_hex() {
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO municipality (code, slug, name, contact_phone, contact_email, phone_hours_da, phone_hours_en,
                    complaint_age_limit_months, callback_working_days, accent_colour)
                VALUES ('999', 'x-kommune', 'X', '1', 'a@b.dk', 'x', 'x', 12, 1, 'red')""")
        ).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void location_other_than_a_home_needs_an_address() {
        var municipality = hvidovre();
        assertThatThrownBy(() -> new Location(municipality, "BIB", LocationKind.LIBRARY, "Bibliotek",
                null, null, null, null, null, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
