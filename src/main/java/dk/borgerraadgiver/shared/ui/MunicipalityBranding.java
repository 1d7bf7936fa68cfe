package dk.borgerraadgiver.shared.ui;

import dk.borgerraadgiver.shared.AccentColour;

/** What the citizen layout shows of a municipality: its name, colour, logo (a data URI of a PNG the portal made) and how to reach the advisor. */
public record MunicipalityBranding(
        String slug,
        String name,
        AccentColour accentColour,
        String phone,
        String email,
        String addressLine,
        @org.jspecify.annotations.Nullable String logoDataUri,
        @org.jspecify.annotations.Nullable String accessibilityStatementUrl) {
}
