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
        boolean paused) {

    public String phoneHours(Locale locale) {
        return "en".equals(locale.getLanguage()) ? phoneHoursEnglish : phoneHoursDanish;
    }

    public MunicipalitySummary summary() {
        return new MunicipalitySummary(id, code, slug, name);
    }
}
