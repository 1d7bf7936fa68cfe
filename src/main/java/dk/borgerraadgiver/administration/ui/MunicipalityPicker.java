package dk.borgerraadgiver.administration.ui;

import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.router.BeforeEnterEvent;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import dk.borgerraadgiver.shared.ui.PortalSelect;

/** Which of the administrator's municipalities a page works on; the first is chosen at the start. */
final class MunicipalityPicker extends PortalSelect<MunicipalitySummary> {

    MunicipalityPicker(List<MunicipalitySummary> municipalities, LongConsumer onChoice) {
        setLabel(getTranslation("admin.municipality"));
        // Room for the longest names ("Frederikssund Kommune") without cutting them off.
        setWidth("18rem");
        setItems(municipalities);
        setItemLabelGenerator(MunicipalitySummary::name);
        setVisible(!municipalities.isEmpty());
        addValueChangeListener(event -> {
            if (event.getValue() != null) {
                onChoice.accept(event.getValue().id());
            }
        });
    }

    /** Chooses the municipality named by the page's {@code ?kommune=<id>} (else the first), which calls the listener. */
    void chooseFrom(BeforeEnterEvent event) {
        choose(event.getLocation().getQueryParameters().getSingleParameter("kommune")
                .filter(id -> id.matches("\\d{1,18}")).map(Long::parseLong).orElse(-1L));
    }

    /** Chooses the municipality (by id if it is there, else the first), which calls the listener. */
    void choose(long preferredId) {
        var items = getListDataView().getItems().toList();
        items.stream().filter(m -> m.id() == preferredId).findFirst()
                .or(() -> items.stream().findFirst()).ifPresent(this::setValue);
    }
}
