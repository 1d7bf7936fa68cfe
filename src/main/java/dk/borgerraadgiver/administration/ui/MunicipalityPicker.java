package dk.borgerraadgiver.administration.ui;

import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.select.Select;
import dk.borgerraadgiver.organisation.MunicipalitySummary;

/** Which of the administrator's municipalities a page works on; the first is chosen at the start. */
final class MunicipalityPicker extends Select<MunicipalitySummary> {

    MunicipalityPicker(List<MunicipalitySummary> municipalities, LongConsumer onChoice) {
        setLabel(getTranslation("admin.municipality"));
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
    void chooseFrom(com.vaadin.flow.router.BeforeEnterEvent event) {
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
