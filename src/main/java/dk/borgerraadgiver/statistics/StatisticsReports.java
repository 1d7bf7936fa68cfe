package dk.borgerraadgiver.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.borgerraadgiver.casework.CaseAudit;
import dk.borgerraadgiver.casework.CaseInbox;
import dk.borgerraadgiver.casework.CaseSummary;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.FigureFilter;
import dk.borgerraadgiver.casework.RegistrationFigures;
import dk.borgerraadgiver.casework.RegistrationFigures.PointGroup;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import dk.borgerraadgiver.security.SignedInStaff;
import dk.borgerraadgiver.security.StaffAccounts;
import dk.borgerraadgiver.statistics.ReportTable.Cell;
import dk.borgerraadgiver.statistics.ReportTable.ChartKind;
import dk.borgerraadgiver.statistics.ReportTable.Row;
import dk.borgerraadgiver.shared.StaffRoles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lays out the tables the seed reports print (Stevns 3.1–3.4, Sorø 2.3–2.5, Ringsted's top 10,
 * Ballerup's shares, forwards answered in time, other work) from the counted registrations. Every
 * figure that counts registrations carries the filter that finds the cases behind it. The tables
 * themselves are written by {@link PointTables}, {@link HandlingTables} and {@link WorkTables}.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class StatisticsReports {

    private final RegistrationFigures figures;
    private final ClassificationSchemes schemes;
    private final MunicipalityDirectory municipalities;
    private final CaseInbox inbox;
    private final CaseAudit audit;
    private final ReportTexts texts;
    private final PointTables pointTables;
    private final HandlingTables handlingTables;
    private final WorkTables workTables;
    private final ReportLayout layout;
    private final StaffAccounts staff;

    StatisticsReports(RegistrationFigures figures, ClassificationSchemes schemes, MunicipalityDirectory municipalities,
                      CaseInbox inbox, CaseAudit audit, ReportTexts texts, PointTables pointTables,
                      HandlingTables handlingTables, WorkTables workTables, ReportLayout layout, StaffAccounts staff) {
        this.staff = staff;
        this.figures = figures;
        this.schemes = schemes;
        this.municipalities = municipalities;
        this.inbox = inbox;
        this.audit = audit;
        this.texts = texts;
        this.pointTables = pointTables;
        this.handlingTables = handlingTables;
        this.workTables = workTables;
        this.layout = layout;
    }

    @Transactional(readOnly = true)
    public Report report(long municipalityId, ReportPeriod period, DepartmentLevel level, Locale locale) {
        var municipality = municipalities.findById(municipalityId).orElseThrow();
        var context = context(municipalityId, period, level, locale);
        var points = figures.points(municipalityId, period.from(), period.to());
        var tables = new ArrayList<ReportTable>();
        tables.add(pointTables.inquiriesPerQuarter(context));
        tables.add(pointTables.summary(context, points, points.isEmpty() ? 0
                : figures.uniqueCitizens(municipalityId, period.from(), period.to())));
        tables.add(pointTables.quarterByDepartment(context, points));
        tables.add(pointTables.groupByDepartment(context, points));
        tables.addAll(pointTables.leavesByDepartment(context, points));
        tables.add(pointTables.complaintsPerGroup(context, points));
        tables.add(handlingTables.complaintHandling(context, points));
        tables.add(handlingTables.dialogueSplit(context, points));
        tables.add(handlingTables.otherHandling(context, points));
        tables.add(handlingTables.topTen(context, points));
        tables.add(handlingTables.sharePerDepartment(context, points));
        tables.add(workTables.forwardsInTime(context));
        tables.add(workTables.otherWork(context));
        tables.add(workTables.meetings(context));
        tables.add(workTables.dropIn(context));
        var words = texts.find(municipalityId, period);
        // The cover names the advisor who makes the draft.
        var author = SignedInStaff.username().flatMap(staff::displayName).orElse("");
        return new Report(municipalityId, municipality.name(), period, periodLabel(period, locale), List.copyOf(tables),
                words.intro(), words.recommendations(), locale, author, municipality.accentColour(),
                municipalities.logo(municipalityId).orElse(null));
    }

    /** Sorø 2.3 for several municipalities side by side, one column each, from one grouped query. */
    @Transactional(readOnly = true)
    public ReportTable comparison(List<Long> municipalityIds, ReportPeriod period, Locale locale) {
        var groups = figures.perMunicipality(municipalityIds, period.from(), period.to());
        var citizens = figures.uniqueCitizensPerMunicipality(municipalityIds, period.from(), period.to());
        var columns = new ArrayList<String>();
        var perMunicipality = new ArrayList<List<Cell>>();
        for (long id : municipalityIds) {
            columns.add(municipalities.findById(id).orElseThrow().name());
            var points = groups.stream().filter(g -> g.municipalityId() == id)
                    .map(g -> new PointGroup(period.from(), g.main(), g.kind(), null, null, g.handling(), g.count())).toList();
            perMunicipality.add(pointTables.summary(context(id, period, DepartmentLevel.CENTER, locale), points,
                    citizens.getOrDefault(id, 0L)).rows().stream()
                    .map(r -> r.cells().getFirst()).toList());
        }
        var template = pointTables.summary(context(municipalityIds.getFirst(), period, DepartmentLevel.CENTER, locale), List.of(), 0);
        var rows = new ArrayList<Row>();
        for (int r = 0; r < template.rows().size(); r++) {
            int row = r;
            rows.add(new Row(template.rows().get(r).label(), perMunicipality.stream().map(cells -> cells.get(row)).toList(),
                    template.rows().get(r).total()));
        }
        return new ReportTable("comparison", layout.text("stats.table.comparison", locale), template.rule(), columns,
                columns.stream().map(c -> false).toList(), rows, ChartKind.NONE);
    }

    /** The cases behind one figure; opening the list is audit-logged for each case in it. */
    @Transactional
    public List<CaseSummary> casesBehind(FigureFilter filter, String figure) {
        var ids = figures.caseIds(filter);
        audit.recordCaseList(filter.municipalityId(), ids, figure.length() > 150 ? figure.substring(0, 150) : figure);
        return inbox.summaries(ids);
    }

    /** The first year with registrations in these municipalities, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> firstYear(java.util.Collection<Long> municipalityIds) {
        return figures.firstRegistration(municipalityIds).map(LocalDate::getYear);
    }

    public String periodLabel(ReportPeriod period, Locale locale) {
        var format = DateTimeFormatter.ofPattern("d. MMMM yyyy", locale);
        return format.format(period.from()) + " – " + format.format(period.to());
    }

    private ReportContext context(long municipalityId, ReportPeriod period, DepartmentLevel level, Locale locale) {
        return new ReportContext(municipalityId, period, level, locale, () -> schemes.categories(municipalityId),
                () -> municipalities.departments(municipalityId));
    }
}
