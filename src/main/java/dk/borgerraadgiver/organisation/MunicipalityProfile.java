package dk.borgerraadgiver.organisation;

import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.shared.AccentColour;
import org.jspecify.annotations.Nullable;

/**
 * What a citizen may see of a municipality's advisor function: contact details, promises and meeting
 * places (retired ones too, for old bookings; {@link MeetingPlace#active()} tells). A paused
 * municipality takes no new bookings or inquiries; its pages show a notice and the phone number.
 */
public record MunicipalityProfile(
        long id,
        String code,
        String slug,
        String name,
        String contactPhone,
        String contactEmail,
        String phoneHoursDanish,
        String phoneHoursEnglish,
        int complaintAgeLimitMonths,
        int callbackWorkingDays,
        AccentColour accentColour,
        List<MeetingPlace> meetingPlaces,
        @Nullable String postalAddress,
        @Nullable String accessibilityStatementUrl,
        boolean paused,
        ScopeTexts scopeTexts) {

    /** The municipality's own "can / cannot help with" points (one per line), or null for the standard text. */
    public record ScopeTexts(@Nullable String canHelpDanish, @Nullable String canHelpEnglish,
                             @Nullable String cannotHelpDanish, @Nullable String cannotHelpEnglish) {

        /** The message keys of the standard points, shown while a municipality has no text of its own. */
        public static final java.util.List<String> STANDARD_CAN_HELP = java.util.List.of("landing.canHelp.complaint",
                "landing.canHelp.understand", "landing.canHelp.rules", "landing.canHelp.signpost");
        public static final java.util.List<String> STANDARD_CANNOT_HELP = java.util.List.of("landing.cannotHelp.decisions",
                "landing.cannotHelp.appealBody", "landing.cannotHelp.ombudsman", "landing.cannotHelp.political",
                "landing.cannotHelp.staff", "landing.cannotHelp.outside");

        /** The municipality's own points in this language; empty for the standard text. */
        public java.util.List<String> canHelp(Locale locale) {
            return lines("en".equals(locale.getLanguage()) ? canHelpEnglish : canHelpDanish);
        }

        public java.util.List<String> cannotHelp(Locale locale) {
            return lines("en".equals(locale.getLanguage()) ? cannotHelpEnglish : cannotHelpDanish);
        }

        private static java.util.List<String> lines(@Nullable String text) {
            return text == null ? java.util.List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }
    }

    public String phoneHours(Locale locale) {
        return "en".equals(locale.getLanguage()) ? phoneHoursEnglish : phoneHoursDanish;
    }

    public MunicipalitySummary summary() {
        return new MunicipalitySummary(id, code, slug, name);
    }
}
