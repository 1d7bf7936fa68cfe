package dk.borgerraadgiver.organisation;

import java.util.List;

/** A served municipality as the back office sees it: its profile and its department tree. */
public record MunicipalityOverview(MunicipalityProfile profile, List<DepartmentNode> departments) {
}
