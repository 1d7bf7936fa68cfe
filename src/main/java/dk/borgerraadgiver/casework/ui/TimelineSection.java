package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import dk.borgerraadgiver.casework.CaseDetails;

/** What happened to the case, and who did it. */
class TimelineSection extends CaseSection {

    TimelineSection(CaseDetails c) {
        super("case.section.timeline");
        var list = new UnorderedList();
        list.addClassName("timeline");
        for (var entry : c.timeline()) {
            list.add(new ListItem(CaseTexts.dateTime(entry.at(), getLocale()) + " · " + entry.actor() + " · "
                    + getTranslation("case.event." + entry.type().name())));
        }
        add(list);
    }
}
