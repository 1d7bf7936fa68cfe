package dk.borgerraadgiver.booking.internal;

import dk.borgerraadgiver.booking.MeetingKind;
import dk.borgerraadgiver.organisation.LocationKind;
import dk.borgerraadgiver.organisation.MeetingPlace;
import dk.borgerraadgiver.organisation.MunicipalityProfile;
import org.jspecify.annotations.Nullable;

/**
 * The four meeting types a municipality starts with — a meeting at the town hall, a phone meeting,
 * drop-in advice at the library, a home visit — with the texts citizens read. Weekly hours are added
 * by the advisor afterwards. Used by the demo data and when an advisor opens booking for a new municipality.
 */
public final class StandardMeetingTypes {

    private StandardMeetingTypes() {
    }

    public static MeetingType inPerson(MunicipalityProfile municipality, long advisorId, int minutes, int buffer) {
        return new MeetingType(municipality.id(), advisorId, place(municipality, LocationKind.TOWN_HALL), "RADHUS",
                MeetingKind.IN_PERSON, "Møde på rådhuset", "Meeting at the town hall",
                "Et personligt møde med borgerrådgiveren på " + minutes + " minutter. Tag gerne breve og afgørelser med.",
                "A " + minutes + "-minute meeting in person with the citizen advisor. Bring any letters and decisions.",
                minutes, buffer, 24, 56, 0);
    }

    public static MeetingType phone(MunicipalityProfile municipality, long advisorId) {
        return new MeetingType(municipality.id(), advisorId, null, "TELEFON", MeetingKind.PHONE,
                "Telefonmøde", "Phone meeting",
                "Borgerrådgiveren ringer til dig på det aftalte tidspunkt. Samtalen varer op til 30 minutter.",
                "The citizen advisor phones you at the agreed time. The call lasts up to 30 minutes.",
                30, 0, 24, 56, 1);
    }

    public static MeetingType dropIn(MunicipalityProfile municipality, long advisorId) {
        return new MeetingType(municipality.id(), advisorId, place(municipality, LocationKind.LIBRARY), "BIBLIOTEK",
                MeetingKind.DROP_IN, "Åben rådgivning på biblioteket", "Drop-in advice at the library",
                "Kom forbi uden at bestille tid. Er der kø, venter du kort.",
                "Come by without booking. If others are waiting, you wait briefly.",
                30, 0, 0, 56, 2);
    }

    public static MeetingType homeVisit(MunicipalityProfile municipality, long advisorId) {
        return new MeetingType(municipality.id(), advisorId, place(municipality, LocationKind.CITIZEN_HOME), "HJEMME",
                MeetingKind.HOME_VISIT, "Hjemmebesøg eller møde et andet sted", "Home visit or meeting elsewhere",
                "Kan du ikke komme til os, kommer borgerrådgiveren til dig. Send os en anmodning med forslag til tider, så ringer vi og aftaler tid og sted.",
                "If you cannot come to us, the citizen advisor comes to you. Send us a request with times that suit you, and we will phone you to agree on a time and place.",
                60, 0, 48, 56, 3);
    }

    public static boolean hasPlace(MunicipalityProfile municipality, LocationKind kind) {
        return place(municipality, kind) != null;
    }

    private static @Nullable Long place(MunicipalityProfile municipality, LocationKind kind) {
        return municipality.meetingPlaces().stream().filter(p -> p.kind() == kind && p.active()).findFirst()
                .map(MeetingPlace::id).orElse(null);
    }
}
