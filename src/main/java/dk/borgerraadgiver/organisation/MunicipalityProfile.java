package dk.borgerraadgiver.organisation;

import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.shared.AccentColour;

/** What a citizen may see of a municipality's advisor function: contact details, promises and meeting places. */
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
        List<MeetingPlace> meetingPlaces) {

    public String phoneHours(Locale locale) {
        return "en".equals(locale.getLanguage()) ? phoneHoursEnglish : phoneHoursDanish;
    }

    public MunicipalitySummary summary() {
        return new MunicipalitySummary(id, code, slug, name);
    }
}
