package dk.borgerraadgiver.organisation.internal;

import dk.borgerraadgiver.organisation.MunicipalityProfile;
import java.util.Optional;

import dk.borgerraadgiver.organisation.LocationKind;
import dk.borgerraadgiver.organisation.MeetingPlace;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.ui.MunicipalityBranding;
import dk.borgerraadgiver.shared.ui.MunicipalityBrandingSource;
import org.springframework.stereotype.Component;

/** Feeds the citizen layout with a municipality's name, colour and the advisor's contact details. */
@Component
class MunicipalityBrandingAdapter implements MunicipalityBrandingSource {

    private final MunicipalityDirectory directory;

    MunicipalityBrandingAdapter(MunicipalityDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<MunicipalityBranding> findBySlug(String slug) {
        return directory.findBySlug(slug).map(this::branding);
    }

    @Override
    public Optional<MunicipalityBranding> findById(long municipalityId) {
        return directory.findById(municipalityId).map(this::branding);
    }

    private MunicipalityBranding branding(MunicipalityProfile profile) {
        return new MunicipalityBranding(profile.slug(), profile.name(),
                profile.accentColour(), profile.contactPhone(), profile.contactEmail(),
                profile.postalAddress() != null ? profile.postalAddress().replace("\n", ", ") : profile.meetingPlaces().stream()
                        .filter(place -> place.kind() == LocationKind.TOWN_HALL && place.active())
                        .findFirst()
                        .map(MeetingPlace::addressLine)
                        .orElse(""),
                directory.logo(profile.id()).map(png -> "data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png))
                        .orElse(null),
                profile.accessibilityStatementUrl());
    }
}
