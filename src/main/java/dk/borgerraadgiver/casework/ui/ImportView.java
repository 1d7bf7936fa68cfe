package dk.borgerraadgiver.casework.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import dk.borgerraadgiver.shared.ui.PortalDatePicker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dk.borgerraadgiver.casework.ImportBatches;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.borgerraadgiver.casework.RegistrationExport;
import dk.borgerraadgiver.casework.RegistrationImport;
import dk.borgerraadgiver.casework.RegistrationImport.FileType;
import dk.borgerraadgiver.shared.ui.SizeLimitedUpload;
import dk.borgerraadgiver.shared.ui.UploadTexts;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.organisation.ServedMunicipalities;
import dk.borgerraadgiver.shared.ui.DownloadLink;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import com.vaadin.flow.component.DetachEvent;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Import registrations from a CSV or Excel file (a dry run that lists every problem first, then all
 * rows or none), export them in the same format, and download the templates. Long work runs in the
 * background with a progress bar, so the page stays responsive. The latest imports are listed below,
 * and an administrator can undo one ({@link ImportHistory}).
 */
@Route("backoffice/import")
@Menu(order = 60, title = "menu.import", icon = "vaadin:exchange")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
class ImportView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final int MAX_FILE_BYTES = 100 * 1024 * 1024;

    private final RegistrationImport importer;
    private final RegistrationExport exporter;
    private final List<MunicipalitySummary> served;
    private final Clock clock;
    private final Div result = new Div();
    private DatePicker exportFrom = new PortalDatePicker();
    private DatePicker exportTo = new PortalDatePicker();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private @Nullable Path file;
    private String fileName = "";
    /** Read by the template downloads, which run outside the UI's lock. */
    private volatile long templateMunicipality = -1;
    private FileType type = FileType.CSV;

    private final ImportHistory history;

    ImportView(RegistrationImport importer, RegistrationExport exporter, ServedMunicipalities servedMunicipalities,
               Clock clock, ImportBatches batches, AuthenticationContext authentication) {
        this.history = new ImportHistory(batches, authentication.hasRole(StaffRoles.ADMIN));
        this.importer = importer;
        this.exporter = exporter;
        this.served = servedMunicipalities.list();
        this.clock = clock;
        addClassNames("backoffice-page", "import-page");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        // The templates and the code sheet are made for one municipality: its code, categories and departments.
        var templateFor = new PortalSelect<MunicipalitySummary>();
        templateFor.setLabel(getTranslation("import.template.for"));
        templateFor.setItems(served);
        templateFor.setItemLabelGenerator(MunicipalitySummary::name);
        templateFor.addValueChangeListener(change -> templateMunicipality = change.getValue() == null ? -1 : change.getValue().id());
        if (!served.isEmpty()) {
            templateFor.setValue(served.getFirst());
        }
        templateFor.setVisible(served.size() > 1);
        var language = getLocale();
        var templates = new Div(download(getTranslation("import.template.csv"), "registreringer-skabelon.csv", "text/csv; charset=UTF-8",
                () -> exporter.templateCsv(templateMunicipality)), download(getTranslation("import.template.xlsx"),
                "registreringer-skabelon.xlsx", XLSX, () -> exporter.templateXlsx(templateMunicipality)),
                download(getTranslation("import.codes"), "koder.csv", "text/csv; charset=UTF-8",
                        () -> exporter.codeSheetCsv(templateMunicipality, language)));
        templates.addClassName("download-links");
        var upload = new Upload(new SizeLimitedUpload(MAX_FILE_BYTES, this::received, name -> {
            result.removeAll();
            result.add(new Paragraph(getTranslation("import.error.tooLarge")));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv", ".xlsx", XLSX);
        upload.setMaxFiles(1);
        upload.setI18n(UploadTexts.of(this));
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.getElement().setAttribute("aria-label", getTranslation("import.upload"));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        progress.setVisible(false);
        progress.setWidth("24rem");
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress"));
        progressText.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("import.heading")), new Paragraph(getTranslation("import.lead")), templateFor, templates,
                new H2(getTranslation("import.upload")), new Paragraph(getTranslation("import.upload.help")), upload,
                progress, progressText, result, history, exportSection());
        history.build();
    }

    private void received(String name, Path saved) {
        cleanUp();
        file = saved;
        var lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            cleanUp();
            result.removeAll();
            result.add(new Paragraph(getTranslation("import.error.fileType")));
            return;
        }
        fileName = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        type = lower.endsWith(".xlsx") ? FileType.XLSX : FileType.CSV;
        run(getTranslation("import.checking"), () -> importer.dryRun(saved, type), this::showDryRun);
    }

    private void showDryRun(RegistrationImport.Result dry) {
        result.removeAll();
        // With problems nothing would be imported, so the page does not count "new cases" beside them.
        result.add(new H2(getTranslation("import.dryRun.heading", fileName)), dry.ok() ? summary(dry)
                : new Paragraph(getTranslation("import.summary.withProblems", dry.rows(),
                        dry.problems().stream().map(RegistrationImport.Problem::row).distinct().count())));
        if (!dry.warnings().isEmpty()) {
            result.add(new Paragraph(getTranslation("import.warnings.lead", dry.warnings().size())),
                    problemGrid(dry.warnings(), "import.warnings"));
        }
        if (!dry.ok()) {
            result.add(new Paragraph(getTranslation("import.dryRun.problems", dry.problems().size() + dry.moreProblems())), problems(dry));
            return;
        }
        var go = new Button(getTranslation("import.go", dry.cases(), dry.points()), click -> {
            click.getSource().setEnabled(false);
            var chosen = file;
            if (chosen == null) {
                return;
            }
            run(getTranslation("import.importing"), () -> importer.importAll(chosen, type, fileName,
                    rows -> progressUpdate(rows, dry.rows())), this::showImported);
        });
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setEnabled(dry.cases() + dry.points() > 0);
        result.add(new Paragraph(getTranslation("import.dryRun.ok")), go);
    }

    private void showImported(RegistrationImport.Result done) {
        result.removeAll();
        if (!done.imported()) {
            showDryRun(done);
            return;
        }
        var ok = new Paragraph(getTranslation("import.done", done.cases(), done.points(), done.alreadyImported()));
        ok.addClassName("notice");
        result.add(ok, summary(done));
        history.refresh();
        // The export offers the period just imported, to check it against the source.
        if (done.firstDay() != null && done.lastDay() != null) {
            exportTo.setValue(done.lastDay());
            exportFrom.setValue(done.firstDay());
        }
        cleanUp();
    }

    private Div summary(RegistrationImport.Result r) {
        var box = new Div(new Paragraph(getTranslation("import.summary", r.rows(), r.cases(), r.points(), r.alreadyImported())));
        r.pointsPerMunicipality().forEach((code, n) -> box.add(new Paragraph(getTranslation("import.summary.municipality",
                served.stream().filter(m -> m.code().equals(code)).map(MunicipalitySummary::name).findFirst().orElse(code), n))));
        return box;
    }

    private Grid<RegistrationImport.Problem> problems(RegistrationImport.Result r) {
        return problemGrid(r.problems(), "import.problems");
    }

    private Grid<RegistrationImport.Problem> problemGrid(List<RegistrationImport.Problem> listed, String labelKey) {
        var grid = new Grid<RegistrationImport.Problem>();
        grid.addColumn(RegistrationImport.Problem::row).setHeader(getTranslation("import.problem.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RegistrationImport.Problem::column).setHeader(getTranslation("import.problem.column")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> getTranslation(p.messageKey(), p.arguments().toArray())).setHeader(getTranslation("import.problem.message"));
        grid.setItems(listed);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(listed.size() <= 15);
        grid.setAriaLabel(getTranslation(labelKey));
        grid.addClassName("import.warnings".equals(labelKey) ? "warning-grid" : "problem-grid");
        return grid;
    }

    /** Runs work in the background as the signed-in user; the page polls for progress and the result. */
    private <T> void run(String label, Supplier<T> work, Consumer<T> done) {
        var ui = UI.getCurrent();
        var security = SecurityContextHolder.getContext();
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText(label);
        ui.setPollInterval(500);
        Thread.ofVirtual().start(() -> {
            SecurityContextHolder.setContext(security);
            try {
                var value = work.get();
                ui.access(() -> {
                    finish(ui);
                    done.accept(value);
                });
            } catch (RegistrationImport.MissingColumnsException e) {
                ui.access(() -> {
                    finish(ui);
                    result.removeAll();
                    result.add(new Paragraph(getTranslation("import.error.columns", String.join(", ", e.columns()))));
                });
            } catch (RuntimeException e) {
                log.error("Registration import or dry run failed", e);
                ui.access(() -> {
                    finish(ui);
                    result.removeAll();
                    result.add(new Paragraph(getTranslation("import.error.failed")));
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    private void progressUpdate(int rows, int total) {
        getUI().ifPresent(ui -> ui.access(() -> {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, total == 0 ? 1.0 : (double) rows / total));
            progressText.setText(getTranslation("import.progressRows", rows, total));
        }));
    }

    private void finish(UI ui) {
        progress.setVisible(false);
        progressText.setText("");
        ui.setPollInterval(-1);
    }

    private void cleanUp() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file the operating system will remove anyway
            }
            file = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        cleanUp();
    }

    private Div exportSection() {
        var municipality = MunicipalityChoice.of(getTranslation("register.municipality"), served);
        var today = PortalTime.today(clock);
        // Made anew with the page (a language switch), keeping the period chosen or just imported.
        var from = new PortalDatePicker(getTranslation("stats.from"), exportFrom.getValue() == null ? today.withDayOfYear(1)
                : exportFrom.getValue());
        var to = new PortalDatePicker(getTranslation("stats.to"), exportTo.getValue() == null ? today : exportTo.getValue());
        exportFrom = from;
        exportTo = to;
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        // Downloads run outside the UI's lock: they read a snapshot the fields keep current, never the fields.
        Runnable remember = () -> exportChoice = municipality.getValue() == null || from.getValue() == null || to.getValue() == null
                ? null : new ExportChoice(municipality.getValue().id(), from.getValue(), to.getValue());
        municipality.addValueChangeListener(e -> remember.run());
        from.addValueChangeListener(e -> remember.run());
        to.addValueChangeListener(e -> remember.run());
        remember.run();
        var csv = DownloadLink.of(getTranslation("import.export.csv"), "registreringer.csv", "text/csv; charset=UTF-8",
                () -> exporter.csv(exportChoice().municipalityId(), exportChoice().from(), exportChoice().to()));
        var xlsx = DownloadLink.of(getTranslation("import.export.xlsx"), "registreringer.xlsx", XLSX,
                () -> exporter.xlsx(exportChoice().municipalityId(), exportChoice().from(), exportChoice().to()));
        csv.addClassName("button-link");
        xlsx.addClassName("button-link");
        var form = new Div(municipality, from, to);
        form.addClassName("inline-form");
        var links = new Div(csv, xlsx);
        links.addClassName("download-links");
        return new Div(new H2(getTranslation("import.export.heading")), new Paragraph(getTranslation("import.export.help")), form, links);
    }

    private record ExportChoice(long municipalityId, LocalDate from, LocalDate to) {
    }

    private volatile @Nullable ExportChoice exportChoice;

    private ExportChoice exportChoice() {
        var choice = exportChoice;
        if (choice == null) {
            throw new IllegalStateException("Export asked for without a municipality and period");
        }
        return choice;
    }

    private static Anchor download(String label, String name, String mediaType, Supplier<byte[]> bytes) {
        var anchor = DownloadLink.of(label, name, mediaType, bytes);
        anchor.addClassName("button-link");
        return anchor;
    }

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Override
    public String getPageTitle() {
        return getTranslation("import.heading") + " – " + getTranslation("backoffice.title");
    }
}
