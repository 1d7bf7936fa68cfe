package dk.borgerraadgiver.shared.ui;

import java.util.Optional;

/** Looks up a municipality's branding by the first segment of a citizen URL; the organisation module provides it. */
public interface MunicipalityBrandingSource {

    Optional<MunicipalityBranding> findBySlug(String slug);

    Optional<MunicipalityBranding> findById(long municipalityId);
}
