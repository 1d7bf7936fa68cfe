package dk.borgerraadgiver.statistics;

import java.time.Clock;

import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.statistics.internal.ReportText;
import dk.borgerraadgiver.statistics.internal.ReportTextRepository;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import dk.borgerraadgiver.security.SignedInStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The intro and recommendations the advisor writes for a report draft, kept per municipality and period. */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class ReportTexts {

    public static final int MAX_TEXT = 20_000;

    /** The two sections, empty until written. */
    public record Words(String intro, String recommendations) {
    }

    private final ReportTextRepository texts;
    private final StaffScope scope;
    private final Clock clock;

    ReportTexts(ReportTextRepository texts, StaffScope scope, Clock clock) {
        this.texts = texts;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Words find(long municipalityId, ReportPeriod period) {
        scope.requireServes(municipalityId);
        return texts.findByMunicipalityIdAndPeriodFromAndPeriodTo(municipalityId, period.from(), period.to())
                .map(t -> new Words(t.intro(), t.recommendations())).orElse(new Words("", ""));
    }

    @Transactional
    public void save(long municipalityId, ReportPeriod period, String intro, String recommendations) {
        scope.requireServes(municipalityId);
        if (intro.length() > MAX_TEXT || recommendations.length() > MAX_TEXT) {
            throw new IllegalArgumentException("Report text too long");
        }
        var text = texts.findByMunicipalityIdAndPeriodFromAndPeriodTo(municipalityId, period.from(), period.to())
                .orElseGet(() -> texts.save(new ReportText(municipalityId, period.from(), period.to())));
        text.write(intro.strip(), recommendations.strip(), SignedInStaff.actor(),
                clock.instant());
    }
}
