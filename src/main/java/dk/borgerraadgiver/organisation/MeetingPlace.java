package dk.borgerraadgiver.organisation;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A location as shown to citizens and staff; the citizen's home has no address of its own. */
public record MeetingPlace(long id, String code, LocationKind kind, String name, @Nullable String street,
                           @Nullable String postalCode, @Nullable String city,
                           @Nullable String directionsDanish, @Nullable String directionsEnglish, boolean stepFree,
                           boolean active) {

    public String addressLine() {
        if (street == null) {
            return "";
        }
        return street + ", " + postalCode + " " + city;
    }

    public @Nullable String directions(Locale locale) {
        return "en".equals(locale.getLanguage()) ? directionsEnglish : directionsDanish;
    }
}
