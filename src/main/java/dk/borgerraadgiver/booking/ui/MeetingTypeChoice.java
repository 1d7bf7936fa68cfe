package dk.borgerraadgiver.booking.ui;

import java.util.Locale;
import com.vaadin.flow.component.Component;
import java.time.format.TextStyle;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dk.borgerraadgiver.booking.MeetingKind;
import dk.borgerraadgiver.booking.MeetingTypeSummary;
import org.jspecify.annotations.Nullable;

/**
 * Step 1 of booking: the kinds of meeting, each with a line that says what it is. Choosing the
 * library drop-in shows its hours and place at once, since it needs no booking.
 */
class MeetingTypeChoice extends Div {

    private final RadioButtonGroup<MeetingTypeSummary> choice = new RadioButtonGroup<>();
    private final Div info = new Div();

    MeetingTypeChoice(List<MeetingTypeSummary> types, @Nullable MeetingTypeSummary chosen) {
        choice.setLabel(getTranslation("booking.type.label"));
        choice.setId("meeting-type");
        choice.setItems(types);
        choice.setItemLabelGenerator(t -> t.name(getLocale()));
        choice.setRenderer(new ComponentRenderer<>(t -> {
            var label = new Div();
            label.addClassName("choice-label");
            var nameLine = new Span(t.name(getLocale()));
            nameLine.addClassName("choice-name");
            var hint = new Span(t.description(getLocale()));
            hint.addClassName("choice-hint");
            label.add(nameLine, hint);
            return label;
        }));
        if (chosen != null) {
            types.stream().filter(t -> t.id() == chosen.id()).findFirst().ifPresent(choice::setValue);
        }
        info.addClassName("notice");
        info.setVisible(false);
        choice.addValueChangeListener(change -> showDropInInfo(change.getValue()));
        add(choice, info);
    }

    private void showDropInInfo(@Nullable MeetingTypeSummary chosen) {
        info.removeAll();
        info.setVisible(chosen != null && chosen.kind() == MeetingKind.DROP_IN);
        if (chosen != null && chosen.kind() == MeetingKind.DROP_IN) {
            info.add(dropInInfo(this, getLocale(), chosen));
        }
    }

    /** When and where the drop-in is, in words; shown under the choice and on the page after it. */
    static Div dropInInfo(Component on, Locale locale, MeetingTypeSummary dropIn) {
        var box = new Div(new Paragraph(on.getTranslation("booking.dropIn.info")));
        dropIn.weeklyHours().forEach(hours -> box.add(new Paragraph(on.getTranslation("booking.dropIn.hours",
                hours.day().getDisplayName(TextStyle.FULL, locale), hours.from(), hours.to()))));
        if (dropIn.place() != null) {
            box.add(new Paragraph(dropIn.place().name() + ", " + dropIn.place().addressLine()));
        }
        return box;
    }

    @Nullable MeetingTypeSummary value() {
        return choice.getValue();
    }

    /** Marks the choice as wrong with a message, and returns the field so the error summary can link to it. */
    RadioButtonGroup<MeetingTypeSummary> refuse(String message) {
        choice.setInvalid(true);
        choice.setErrorMessage(message);
        return choice;
    }
}
