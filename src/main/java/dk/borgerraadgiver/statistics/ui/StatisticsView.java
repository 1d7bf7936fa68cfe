package dk.borgerraadgiver.statistics.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import dk.borgerraadgiver.shared.ui.PortalDatePicker;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.casework.AuditAction;
import dk.borgerraadgiver.casework.CaseAudit;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.ServedMunicipalities;
import dk.borgerraadgiver.statistics.Report;
import dk.borgerraadgiver.statistics.ReportCharts;
import dk.borgerraadgiver.statistics.ReportExports;
import dk.borgerraadgiver.statistics.ReportPeriod;
import dk.borgerraadgiver.statistics.ReportTable;
import dk.borgerraadgiver.statistics.ReportTexts;
import dk.borgerraadgiver.statistics.StatisticsReports;
import dk.borgerraadgiver.shared.ui.DownloadLink;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistics page: choose a period, one or more municipalities and the department level, and
 * see the tables of the half-year status and the annual report with their charts. Every figure opens
 * the list of cases behind it; the report goes out as Excel, CSV or a PDF draft.
 */
@Route("backoffice/statistik")
@Menu(order = 50, title = "menu.statistics", icon = "vaadin:chart")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class StatisticsView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private final StatisticsReports reports;
    private final ReportCharts charts;
    private final ReportExports exports;
    private final ReportTexts texts;
    private final CaseAudit audit;
    private final List<MunicipalitySummary> served;
    private final Clock clock;
    private final Select<ReportPeriod> period = new PortalSelect<>();
    private final DatePicker from = new PortalDatePicker();
    private final DatePicker to = new PortalDatePicker();
    private final MultiSelectComboBox<MunicipalitySummary> municipalities = new MultiSelectComboBox<>();
    private final Select<DepartmentLevel> level = new PortalSelect<>();
    private final Div result = new Div();
    private final Map<ReportPeriod, String> periodLabels = new LinkedHashMap<>();
    private static final Logger log = LoggerFactory.getLogger(StatisticsView.class);
    private static final ReportPeriod CUSTOM = new ReportPeriod(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 1));

    StatisticsView(StatisticsReports reports, ReportCharts charts, ReportExports exports, ReportTexts texts, CaseAudit audit,
                   ServedMunicipalities servedMunicipalities, Clock clock) {
        this.reports = reports;
        this.charts = charts;
        this.exports = exports;
        this.texts = texts;
        this.audit = audit;
        this.served = servedMunicipalities.list();
        this.clock = clock;
        addClassNames("backoffice-page", "statistics-page");
        period.addValueChangeListener(e -> showCustomPeriod());
        municipalities.setItems(served);
        municipalities.setItemLabelGenerator(MunicipalitySummary::name);
        // Room for a municipality's whole name as a chip, and for a second beside it.
        municipalities.setWidth("22rem");
        if (!served.isEmpty()) {
            municipalities.setValue(served.getFirst());
        }
        municipalities.setVisible(served.size() > 1);
        level.setItems(DepartmentLevel.DIRECTORATE, DepartmentLevel.CENTER, DepartmentLevel.UNIT);
        level.setValue(DepartmentLevel.CENTER);
    }

    private void showCustomPeriod() {
        from.setVisible(CUSTOM.equals(period.getValue()));
        to.setVisible(CUSTOM.equals(period.getValue()));
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        var today = PortalTime.today(clock);
        periodLabels.clear();
        var firstYear = reports.firstYear(served.stream().map(MunicipalitySummary::id).toList()).orElse(today.getYear());
        periodLabels.putAll(PeriodChoices.between(firstYear, today, this::getTranslation));
        periodLabels.put(CUSTOM, getTranslation("stats.period.custom"));
        period.setLabel(getTranslation("stats.period"));
        period.setItems(periodLabels.keySet());
        period.setItemLabelGenerator(periodLabels::get);
        if (period.getValue() == null) {
            period.setValue(ReportPeriod.half(today.getYear(), today.getMonthValue() <= 6 ? 1 : 2));
        }
        from.setLabel(getTranslation("stats.from"));
        to.setLabel(getTranslation("stats.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        showCustomPeriod();
        municipalities.setLabel(getTranslation("stats.municipalities"));
        level.setLabel(getTranslation("stats.level"));
        level.setItemLabelGenerator(l -> getTranslation("stats.level." + l.name()));
        var show = new Button(getTranslation("stats.show"), click -> render());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new Div(period, from, to, municipalities, level, show);
        form.addClassName("inline-form");
        var rules = new Details(getTranslation("stats.rules.title"), rules());
        rules.setOpened(false);
        add(new H1(getTranslation("stats.heading")), form, rules, result);
        render();
    }

    private UnorderedList rules() {
        var list = new UnorderedList();
        for (var key : Report.COUNTING_RULES) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    private ReportPeriod chosenPeriod() {
        if (CUSTOM.equals(period.getValue())) {
            if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
                return null;
            }
            return new ReportPeriod(from.getValue(), to.getValue());
        }
        return period.getValue();
    }

    private void render() {
        result.removeAll();
        var chosen = chosenPeriod();
        if (chosen == null) {
            to.setErrorMessage(getTranslation("stats.error.period"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        var ids = served.stream().filter(m -> municipalities.getValue().contains(m)).map(MunicipalitySummary::id).toList();
        if (ids.isEmpty()) {
            result.add(new Paragraph(getTranslation("stats.error.municipality")));
            return;
        }
        try {
            if (ids.size() > 1) {
                var comparison = new Section(new H2(getTranslation("stats.comparison")));
                comparison.add(table(reports.comparison(ids, chosen, getLocale()), false));
                result.add(comparison);
            }
            for (long id : ids) {
                result.add(report(reports.report(id, chosen, level.getValue(), getLocale()), ids.size() > 1));
            }
        } catch (RuntimeException e) {
            // Said on the page, never left to the default error handler (which shows nothing to the advisor).
            log.error("Statistics report failed for municipalities {} and period {}", ids, chosen, e);
            result.removeAll();
            var failed = new Paragraph(getTranslation("stats.error.failed"));
            failed.addClassName("error-message");
            failed.getElement().setAttribute("role", "alert");
            result.add(failed);
        }
    }

    private Section report(Report report, boolean several) {
        var section = new Section();
        section.addClassName("report");
        var heading = several ? new H2(report.municipalityName() + " · " + report.periodLabel())
                : new H2(exports.kind(report) + " · " + report.municipalityName() + " · " + report.periodLabel());
        section.add(heading, downloads(report), words(report));
        for (var table : report.tables()) {
            var block = new Div();
            block.addClassName("report-table");
            block.add(new H3(table.title()), new Paragraph(table.rule()));
            var body = new Div(table(table, true));
            body.addClassName("report-table-body");
            charts.svg(table, report.palette(), 520, table.chart() == ReportTable.ChartKind.PIE ? 300 : Math.min(480, 60 + 36 * table.rows().size()))
                    .filter(svg -> table.rows().stream().anyMatch(r -> !r.total() && r.cells().getFirst().count() > 0))
                    .ifPresent(svg -> {
                        var image = new Image("data:image/svg+xml;base64," + Base64.getEncoder()
                                .encodeToString(svg.getBytes(StandardCharsets.UTF_8)), charts.textAlternative(table));
                        image.addClassName("report-chart");
                        body.add(image);
                    });
            block.add(body);
            section.add(block);
        }
        return section;
    }

    private Div downloads(Report report) {
        // Danish letters stay (statistik-ishøj-kommune-…); the download adds an ASCII fallback to the header.
        var name = "statistik-" + report.municipalityName().toLowerCase(getLocale()).replaceAll("[^\\p{L}\\p{N}]+", "-") + "-"
                + report.period().from() + "-" + report.period().to();
        var box = new Div(download(getTranslation("stats.download.xlsx"), name + ".xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report, exports::xlsx),
                download(getTranslation("stats.download.csv"), name + ".csv", "text/csv; charset=UTF-8", report, exports::csv),
                download(getTranslation("stats.download.pdf"), name + ".pdf", "application/pdf", report, exports::pdf),
                download(getTranslation("stats.download.docx"), name + ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", report, exports::docx));
        box.addClassName("download-links");
        return box;
    }

    private Anchor download(String label, String fileName, String type, Report report, Function<Report, byte[]> writer) {
        var chosenLevel = level.getValue();
        var anchor = DownloadLink.of(label, fileName, type, () -> {
            var bytes = writer.apply(reports.report(report.municipalityId(), report.period(), chosenLevel, report.locale()));
            audit.recordMunicipality(AuditAction.EXPORTED, report.municipalityId(), fileName);
            return bytes;
        });
        anchor.addClassName("button-link");
        return anchor;
    }

    private Details words(Report report) {
        var intro = new TextArea(getTranslation("stats.words.intro"));
        intro.setValue(report.intro());
        intro.setMaxLength(ReportTexts.MAX_TEXT);
        intro.setWidthFull();
        var recommendations = new TextArea(getTranslation("stats.words.recommendations"));
        recommendations.setValue(report.recommendations());
        recommendations.setMaxLength(ReportTexts.MAX_TEXT);
        recommendations.setWidthFull();
        var save = new Button(getTranslation("stats.words.save"), click -> {
            texts.save(report.municipalityId(), report.period(), intro.getValue(), recommendations.getValue());
            Notification.show(getTranslation("stats.words.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        var details = new Details(getTranslation("stats.words.title"), new Div(new Paragraph(getTranslation("stats.words.help")),
                intro, recommendations, save));
        details.addClassName("report-words");
        return details;
    }

    /**
     * A report table in its own scroll box: a wide department table scrolls sideways inside the page
     * (its first column stays put) instead of running past the window. The box can be focused, so it
     * scrolls by keyboard too.
     */
    private Div table(ReportTable table, boolean drillDown) {
        var box = new Div(nativeTable(table, drillDown));
        box.addClassName("figures-scroll");
        box.getElement().setAttribute("tabindex", "0");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", table.title());
        return box;
    }

    private NativeTable nativeTable(ReportTable table, boolean drillDown) {
        var html = new NativeTable();
        html.addClassName("figures");
        html.setCaptionText(table.title());
        var head = html.getHead().addRow();
        head.addHeaderCell().setText("");
        table.columns().forEach(c -> {
            var cell = head.addHeaderCell();
            cell.setText(c);
            cell.getElement().setAttribute("scope", "col");
        });
        var body = html.getBody();
        for (var row : table.rows()) {
            var line = body.addRow();
            if (row.total()) {
                line.addClassName("total");
            }
            var label = line.addHeaderCell();
            label.setText(row.label());
            label.getElement().setAttribute("scope", "row");
            for (int c = 0; c < row.cells().size(); c++) {
                var figure = row.cells().get(c);
                var cell = line.addDataCell();
                var text = ReportTable.format(figure.value()) + (table.isPercent(c) ? " %" : "");
                if (drillDown && figure.cases() != null && figure.count() > 0) {
                    var column = table.columns().get(c);
                    var open = new Button(text, click -> showCases(table.title() + " · " + row.label() + " · " + column, figure));
                    open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    open.setAriaLabel(getTranslation("stats.openCases", text, row.label(), column));
                    cell.add(open);
                } else {
                    cell.setText(text);
                }
            }
        }
        return html;
    }

    private void showCases(String figure, ReportTable.Cell cell) {
        new CasesBehindFigure(figure, reports.casesBehind(cell.cases(), figure)).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("stats.heading") + " – " + getTranslation("backoffice.title");
    }
}
