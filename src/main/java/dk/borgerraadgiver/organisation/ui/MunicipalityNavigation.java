package dk.borgerraadgiver.organisation.ui;

import dk.borgerraadgiver.organisation.MunicipalitySummary;

/** The organisation module's URLs, in one place. */
final class MunicipalityNavigation {

    private MunicipalityNavigation() {
    }

    static String landingPath(MunicipalitySummary municipality) {
        return municipality.slug();
    }

    static String backOfficePath(MunicipalitySummary municipality) {
        return "backoffice/kommuner/" + municipality.slug();
    }
}
