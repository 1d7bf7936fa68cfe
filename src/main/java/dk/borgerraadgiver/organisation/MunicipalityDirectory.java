package dk.borgerraadgiver.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dk.borgerraadgiver.organisation.internal.Department;
import dk.borgerraadgiver.organisation.internal.DepartmentRepository;
import dk.borgerraadgiver.organisation.internal.Location;
import dk.borgerraadgiver.organisation.internal.LocationRepository;
import dk.borgerraadgiver.organisation.internal.Municipality;
import dk.borgerraadgiver.organisation.internal.MunicipalityLogoRepository;
import dk.borgerraadgiver.organisation.internal.MunicipalityRepository;
import dk.borgerraadgiver.shared.AccentColour;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public facts about the municipalities on this installation: what any citizen may read. */
@Service
@Transactional(readOnly = true)
public class MunicipalityDirectory {

    private final MunicipalityRepository municipalities;
    private final LocationRepository locations;
    private final DepartmentRepository departments;

    private final MunicipalityLogoRepository logos;
    private final RetentionPolicies retention;

    MunicipalityDirectory(MunicipalityRepository municipalities, LocationRepository locations,
                          DepartmentRepository departments, MunicipalityLogoRepository logos, RetentionPolicies retention) {
        this.logos = logos;
        this.retention = retention;
        this.municipalities = municipalities;
        this.locations = locations;
        this.departments = departments;
    }

    /**
     * Every department of the municipality in its own order, retired ones too (they stay on old
     * complaint points and in old statistics); offer only {@link DepartmentNode#active()} ones for new choices.
     */
    public List<DepartmentNode> departments(long municipalityId) {
        return departments.findByMunicipalityIdOrderBySortOrderAscNameAsc(municipalityId).stream()
                .map(MunicipalityDirectory::departmentNode)
                .toList();
    }

    /** The municipality's logo as a PNG the portal made itself, if it has one. */
    public Optional<byte[]> logo(long municipalityId) {
        return logos.findById(municipalityId).map(logo -> logo.png());
    }

    /** How long the municipality keeps personal data, for the privacy texts on the citizen pages. */
    public RetentionPolicy retention(long municipalityId) {
        return retention.policy(municipalityId);
    }

    public List<MunicipalitySummary> all() {
        return municipalities.findAllByOrderByName().stream().map(MunicipalityDirectory::summary).toList();
    }

    public Optional<MunicipalityProfile> findBySlug(String slug) {
        return municipalities.findBySlug(slug).map(this::profile);
    }

    public Optional<MunicipalityProfile> findById(long id) {
        return municipalities.findById(id).map(this::profile);
    }

    MunicipalityProfile profile(Municipality municipality) {
        var places = locations.findByMunicipalityId(municipality.id()).stream()
                .map(MunicipalityDirectory::meetingPlace)
                .sorted(Comparator.comparing(MeetingPlace::kind).thenComparing(MeetingPlace::name))
                .toList();
        return new MunicipalityProfile(municipality.id(), municipality.code(), municipality.slug(), municipality.name(),
                municipality.contactPhone(), municipality.contactEmail(), municipality.phoneHoursDanish(),
                municipality.phoneHoursEnglish(), municipality.complaintAgeLimitMonths(),
                municipality.callbackWorkingDays(), new AccentColour(municipality.accentColour()), places,
                municipality.postalAddress(), municipality.accessibilityStatementUrl(), municipality.paused(),
                new MunicipalityProfile.ScopeTexts(municipality.canHelpDanish(), municipality.canHelpEnglish(),
                        municipality.cannotHelpDanish(), municipality.cannotHelpEnglish()));
    }

    static MunicipalitySummary summary(Municipality municipality) {
        return new MunicipalitySummary(municipality.id(), municipality.code(), municipality.slug(), municipality.name());
    }

    static MeetingPlace meetingPlace(Location location) {
        return new MeetingPlace(requireId(location.id()), location.code(), location.kind(), location.name(),
                location.street(), location.postalCode(), location.city(), location.directionsDanish(),
                location.directionsEnglish(), location.stepFree(), location.active());
    }

    static DepartmentNode departmentNode(Department department) {
        return new DepartmentNode(requireId(department.id()), department.parentId(), department.code(),
                department.name(), department.level(), department.active());
    }

    private static long requireId(Long id) {
        if (id == null) {
            throw new IllegalStateException("Entity not saved yet");
        }
        return id;
    }
}
