package dk.borgerraadgiver.shared.ui;

import java.util.Optional;

import com.vaadin.flow.router.Location;

/** Looks up a municipality's branding by the first segment of a citizen URL; the organisation module provides it. */
public interface MunicipalityBrandingSource {

    Optional<MunicipalityBranding> findBySlug(String slug);

    Optional<MunicipalityBranding> findById(long municipalityId);

    /**
     * The municipality a citizen address belongs to: its first segment (/stevns, /stevns/book, and a
     * page that does not exist such as /stevns/findes-ikke), when that names one.
     */
    default Optional<MunicipalityBranding> forAddress(Location location) {
        var first = location.getFirstSegment();
        return first.isBlank() ? Optional.empty() : findBySlug(first);
    }
}
