package dk.borgerraadgiver.statistics.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** The advisor's own intro and recommendations for one municipality's report over one period. */
@Entity
@Table(name = "report_text")
public class ReportText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;
    private long municipalityId;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String intro;
    private String recommendations;
    private String updatedBy;
    private Instant updatedAt;

    protected ReportText() {
        this.periodFrom = this.periodTo = LocalDate.EPOCH;
        this.intro = this.recommendations = this.updatedBy = "";
        this.updatedAt = Instant.EPOCH;
    }

    public ReportText(long municipalityId, LocalDate periodFrom, LocalDate periodTo) {
        this();
        this.municipalityId = municipalityId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
    }

    public String intro() { return intro; }
    public String recommendations() { return recommendations; }

    public void write(String intro, String recommendations, String by, Instant at) {
        this.intro = intro;
        this.recommendations = recommendations;
        this.updatedBy = by;
        this.updatedAt = at;
    }
}
