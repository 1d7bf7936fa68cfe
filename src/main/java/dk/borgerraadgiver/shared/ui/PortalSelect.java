package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.select.Select;

/** A select whose opened list has a name (its label): see {@link SelectListNames}. Use it instead of {@link Select}. */
public class PortalSelect<T> extends Select<T> {

    public PortalSelect() {
        SelectListNames.nameList(this);
    }
}
