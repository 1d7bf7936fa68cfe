package dk.borgerraadgiver.booking;

import java.util.Locale;

import dk.borgerraadgiver.organisation.MeetingPlace;
import org.jspecify.annotations.Nullable;

/** One booking with everything needed to show it, mail about it or put it in a calendar. */
public record BookingDetails(long id, String reference, long municipalityId, String municipalityName,
                             String municipalitySlug, MeetingKind kind, String meetingNameDanish,
                             String meetingNameEnglish, @Nullable MeetingPlace place, TimeSlot slot,
                             BookingStatus status, BookingChannel channel, String citizenName,
                             @Nullable String citizenEmail, @Nullable String citizenPhone, Locale language,
                             String needs, @Nullable String topic, int sequence, @Nullable String cancelMessage) {

    public String meetingName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? meetingNameEnglish : meetingNameDanish;
    }

    @Override
    public String toString() {
        return "BookingDetails[" + reference + "]";
    }
}
