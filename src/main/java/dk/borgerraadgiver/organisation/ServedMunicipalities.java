package dk.borgerraadgiver.organisation;

import java.util.List;
import java.util.Optional;

import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.organisation.internal.DepartmentRepository;
import dk.borgerraadgiver.organisation.internal.MunicipalityRepository;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The back office's view of the municipalities the signed-in advisor serves, and only those. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(StaffRoles.STAFF)
public class ServedMunicipalities {

    private final MunicipalityRepository municipalities;
    private final DepartmentRepository departments;
    private final MunicipalityDirectory directory;
    private final StaffScope scope;

    ServedMunicipalities(MunicipalityRepository municipalities, DepartmentRepository departments,
                         MunicipalityDirectory directory, StaffScope scope) {
        this.municipalities = municipalities;
        this.departments = departments;
        this.directory = directory;
        this.scope = scope;
    }

    public List<MunicipalitySummary> list() {
        return municipalities.findByIdInOrderByName(scope.servedMunicipalityIds()).stream()
                .map(MunicipalityDirectory::summary)
                .toList();
    }

    /**
     * The municipality with this slug, if the user serves it. A municipality the user does not
     * serve is refused, not hidden, so the refusal can be told and noticed.
     */
    public Optional<MunicipalityOverview> overview(String slug) {
        return municipalities.findBySlug(slug).map(municipality -> {
            scope.requireServes(municipality.id());
            var tree = departments.findByMunicipalityIdOrderBySortOrderAscNameAsc(municipality.id()).stream()
                    .map(MunicipalityDirectory::departmentNode)
                    .toList();
            return new MunicipalityOverview(directory.profile(municipality), tree);
        });
    }
}
