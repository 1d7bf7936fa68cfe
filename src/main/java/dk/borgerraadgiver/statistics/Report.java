package dk.borgerraadgiver.statistics;

import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.shared.AccentColour;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's report for a period: its tables, the advisor's own intro and recommendations, and
 * what the cover shows (who wrote it, the municipality's logo and colour).
 */
public record Report(long municipalityId, String municipalityName, ReportPeriod period, String periodLabel,
                     List<ReportTable> tables, String intro, String recommendations, Locale locale,
                     String author, AccentColour accent, byte @Nullable [] logo) {

    /** The counting rules, as the page shows them and the PDF and Word drafts print them in their appendix. */
    public static final List<String> COUNTING_RULES = List.of("stats.rules.points", "stats.rules.period",
            "stats.rules.noRealWork", "stats.rules.reclassify", "stats.rules.shares", "stats.rules.citizens",
            "stats.rules.departments");

    public ReportTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + id));
    }

    /** The chart colours, from the municipality's accent colour. */
    public ChartPalette palette() {
        return ChartPalette.from(accent);
    }
}
