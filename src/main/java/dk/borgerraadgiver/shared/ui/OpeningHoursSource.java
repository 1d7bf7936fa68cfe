package dk.borgerraadgiver.shared.ui;

import java.util.List;
import java.util.Locale;

/**
 * The opening hours a municipality's front page shows (meetings at the town hall, drop-in at the
 * library …), contributed by the booking module, which owns them.
 */
public interface OpeningHoursSource {

    /** One way to meet, with its hours as readable lines, e.g. "tirsdag kl. 12:00–14:00". */
    record OpeningHours(String name, String place, List<String> hours) {
    }

    List<OpeningHours> openingHours(String municipalitySlug, Locale locale);
}
