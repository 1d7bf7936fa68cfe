package dk.borgerraadgiver.support;

import java.util.Set;

import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.security.StaffAccounts;
import dk.borgerraadgiver.security.StaffRole;
import dk.borgerraadgiver.organisation.internal.Department;
import dk.borgerraadgiver.organisation.internal.DepartmentRepository;
import dk.borgerraadgiver.organisation.internal.Municipality;
import dk.borgerraadgiver.organisation.internal.MunicipalityRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An object mother: a fresh municipality with its centres, made with the real entities and their
 * rules, for tests that need clean figures. It is served by the test advisor {@value #ADVISOR}, who has
 * a password of its own ({@value #PASSWORD}), so the demo advisors' municipalities stay as other tests
 * expect them. Nothing here depends on the demo data.
 */
public class TestMunicipalities {

    public static final String ADVISOR = "tester";
    public static final String PASSWORD = "tester-password-2718";

    private final MunicipalityRepository municipalities;
    private final DepartmentRepository departments;
    private final StaffAccounts staff;
    private final TransactionTemplate transaction;

    TestMunicipalities(MunicipalityRepository municipalities, DepartmentRepository departments,
                       StaffAccounts staff, TransactionTemplate transaction) {
        this.municipalities = municipalities;
        this.departments = departments;
        this.staff = staff;
        this.transaction = transaction;
    }

    /** A municipality with centres ({code, name} pairs), served by the test advisor; returns its id. */
    public long create(String code, String slug, String name, String[][] centres) {
        Long id = transaction.execute(status -> {
            var municipality = municipalities.save(new Municipality(code, slug, name, "11 22 33 44",
                    "borgerraadgiver@" + slug + ".test", "Hverdage 9–15", "Weekdays 9–15", 12, 1, "#005f73"));
            int order = 0;
            for (String[] centre : centres) {
                departments.save(new Department(municipality, null, centre[0], centre[1], DepartmentLevel.CENTER, order++));
            }
            if (staff.advisorId(ADVISOR).isEmpty()) {
                staff.create(ADVISOR, PASSWORD, "Test Rådgiver", "tester@example.test", Set.of(StaffRole.ADVISOR), Set.of());
            }
            staff.serve(ADVISOR, municipality.id());
            return municipality.id();
        });
        return id;
    }

    public long department(long municipalityId, String code) {
        return departments.findByMunicipalityIdOrderBySortOrderAscNameAsc(municipalityId).stream()
                .filter(department -> department.code().equals(code)).findFirst().orElseThrow().id();
    }
}
