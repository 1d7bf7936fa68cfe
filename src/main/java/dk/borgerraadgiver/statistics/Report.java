package dk.borgerraadgiver.statistics;

import java.util.List;
import java.util.Locale;

/** A municipality's report for a period: its tables and the advisor's own intro and recommendations. */
public record Report(long municipalityId, String municipalityName, ReportPeriod period, String periodLabel,
                     List<ReportTable> tables, String intro, String recommendations, Locale locale) {

    public ReportTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + id));
    }
}
