package dk.borgerraadgiver.casework.ui;

import dk.borgerraadgiver.shared.ui.PortalSelect;

import java.util.List;

import com.vaadin.flow.component.select.Select;
import dk.borgerraadgiver.organisation.MunicipalitySummary;

/** The "which municipality" field of the back-office forms: the ones the advisor serves, the first chosen. */
final class MunicipalityChoice {

    private MunicipalityChoice() {
    }

    /** A select of the served municipalities; an advisor who serves only one is not asked. */
    static Select<MunicipalitySummary> of(String label, List<MunicipalitySummary> served) {
        var municipality = new PortalSelect<MunicipalitySummary>();
        municipality.setLabel(label);
        municipality.setItems(served);
        municipality.setItemLabelGenerator(MunicipalitySummary::name);
        if (!served.isEmpty()) {
            municipality.setValue(served.getFirst());
        }
        municipality.setVisible(served.size() > 1);
        return municipality;
    }
}
