package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dk.borgerraadgiver.casework.ImportBatches;
import dk.borgerraadgiver.casework.ImportBatches.Batch;
import dk.borgerraadgiver.shared.PortalTime;

/**
 * The latest imports with what each brought in and whether it can still be undone. An administrator
 * can undo one as a whole, after a confirmation that says how many cases go; an advisor sees why not.
 */
class ImportHistory extends Div {

    private static final int SHOWN = 10;

    private final ImportBatches batches;
    private final boolean administrator;
    private final Grid<Batch> grid = new Grid<>();
    private final Paragraph status = new Paragraph();

    ImportHistory(ImportBatches batches, boolean administrator) {
        this.batches = batches;
        this.administrator = administrator;
        addClassName("import-history");
    }

    /** Lays the section out in the page's language; called again when the language changes. */
    void build() {
        removeAll();
        grid.removeAllColumns();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(PortalTime.ZONE);
        grid.addColumn(Batch::source).setHeader(getTranslation("import.history.file")).setFlexGrow(2);
        grid.addColumn(b -> when.format(b.importedAt())).setHeader(getTranslation("import.history.when")).setAutoWidth(true);
        grid.addColumn(Batch::importedBy).setHeader(getTranslation("import.history.by")).setAutoWidth(true);
        grid.addColumn(b -> getTranslation("import.history.counts", b.cases(), b.points()))
                .setHeader(getTranslation("import.history.what")).setAutoWidth(true);
        grid.addComponentColumn(this::stateOrUndo).setHeader(getTranslation("import.history.state")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addClassName("import-history-grid");
        grid.setAriaLabel(getTranslation("import.history.heading"));
        status.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("import.history.heading")), new Paragraph(getTranslation(administrator
                ? "import.history.leadAdmin" : "import.history.leadAdvisor")), status, grid);
        refresh();
    }

    void refresh() {
        var recent = batches.recent(SHOWN);
        grid.setItems(recent);
        grid.setVisible(!recent.isEmpty());
        if (recent.isEmpty()) {
            status.setText(getTranslation("import.history.none"));
        }
    }

    private Component stateOrUndo(Batch batch) {
        if (batch.state() == ImportBatches.State.UNDOABLE && administrator) {
            var undo = new Button(getTranslation("import.undo"), click -> confirm(batch));
            undo.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            undo.getElement().setAttribute("aria-label", getTranslation("import.undo.label", batch.source()));
            return undo;
        }
        return new Span(getTranslation("import.history.state." + batch.state().name()));
    }

    private void confirm(Batch batch) {
        var dialog = new ConfirmDialog(getTranslation("import.undo.title"),
                getTranslation("import.undo.text", batch.source(), batch.cases(), batch.points()),
                getTranslation("import.undo.ok"), confirmed -> undo(batch));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("import.undo.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void undo(Batch batch) {
        try {
            var done = batches.undo(batch.id());
            status.setText(getTranslation("import.undo.done", done.source(), done.cases()));
        } catch (ImportBatches.UndoRefusedException e) {
            status.setText(getTranslation("import.undo.refused." + e.state().name()));
        }
        refresh();
    }
}
