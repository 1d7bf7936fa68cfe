package dk.borgerraadgiver.booking.internal;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.booking.MeetingKind;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.shared.ui.OpeningHoursSource;
import dk.borgerraadgiver.shared.PortalTime;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.Comparator;

/** Gives the municipality's front page the weekly hours of its bookable meetings and drop-in sessions. */
@Component
class OpeningHoursAdapter implements OpeningHoursSource {

    private final MunicipalityDirectory municipalities;
    private final BookingEngine engine;
    private final Clock clock;

    OpeningHoursAdapter(MunicipalityDirectory municipalities, BookingEngine engine, Clock clock) {
        this.clock = clock;
        this.municipalities = municipalities;
        this.engine = engine;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpeningHours> openingHours(String municipalitySlug, Locale locale) {
        var today = PortalTime.today(clock);
        var inEnglish = "en".equals(locale.getLanguage());
        return municipalities.findBySlug(municipalitySlug).map(engine::meetingTypes).orElse(List.of()).stream()
                .filter(type -> type.kind() != MeetingKind.HOME_VISIT && !type.weeklyHours().isEmpty())
                .map(type -> new OpeningHours(type.name(locale),
                        type.place() == null ? "" : type.place().name() + ", " + type.place().addressLine(),
                        type.weeklyHours().stream()
                                .filter(hours -> hours.validTo() == null || !hours.validTo().isBefore(today))
                                .sorted(Comparator.comparing(hours -> hours.day()))
                                .map(hours -> hours.day().getDisplayName(TextStyle.FULL, locale)
                                        + (inEnglish ? " " : " kl. ") + hours.from() + "–" + hours.to())
                                .toList()))
                .toList();
    }
}
