package dk.borgerraadgiver.statistics.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import dk.borgerraadgiver.casework.CaseSummary;
import dk.borgerraadgiver.shared.PortalTime;
import dk.borgerraadgiver.shared.PublicLinks;

/** The cases behind one figure of the report (the opening is audit-logged by the service); a row opens the case. */
final class CasesBehindFigure extends Dialog {

    private static final ZoneId ZONE = PortalTime.ZONE;

    CasesBehindFigure(String figure, List<CaseSummary> cases) {
        setHeaderTitle(figure);
        var grid = new Grid<CaseSummary>();
        grid.addColumn(CaseSummary::reference).setHeader(getTranslation("cases.column.reference")).setAutoWidth(true);
        grid.addColumn(c -> c.registeredAt().atZone(ZONE).toLocalDate().toString())
                .setHeader(getTranslation("cases.column.registered")).setAutoWidth(true);
        grid.addColumn(CaseSummary::citizenName).setHeader(getTranslation("cases.column.citizen")).setAutoWidth(true);
        grid.addColumn(CaseSummary::summary).setHeader(getTranslation("cases.column.summary"));
        grid.addColumn(c -> getTranslation("case.status." + c.status().name())).setHeader(getTranslation("cases.column.status")).setAutoWidth(true);
        grid.setItems(cases);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(figure);
        grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                close();
                getUI().ifPresent(ui -> ui.navigate(PublicLinks.caseRoute(e.getItem().id())));
            }
        });
        grid.setWidth("min(60rem, 90vw)");
        var count = new Paragraph(getTranslation("stats.casesFound", cases.size()));
        count.getElement().setAttribute("role", "status");
        add(count, grid);
        getFooter().add(new Button(getTranslation("stats.close"), click -> close()));
    }
}
