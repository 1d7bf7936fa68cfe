package dk.borgerraadgiver.booking;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.organisation.MeetingPlace;
import org.jspecify.annotations.Nullable;

/** A meeting type as the citizen chooses it; drop-in types carry their weekly hours to show. */
public record MeetingTypeSummary(long id, long municipalityId, String municipalityName, String code, MeetingKind kind, String nameDanish,
                                 String nameEnglish, String descriptionDanish, String descriptionEnglish,
                                 Duration slotLength, @Nullable MeetingPlace place,
                                 List<SlotRules.WeeklyHours> weeklyHours) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEnglish : nameDanish;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEnglish : descriptionDanish;
    }
}
