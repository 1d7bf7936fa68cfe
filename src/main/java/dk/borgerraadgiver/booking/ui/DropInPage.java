package dk.borgerraadgiver.booking.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import dk.borgerraadgiver.booking.MeetingTypeSummary;

/**
 * The library drop-in needs no booking, so choosing it is not a mistake: a page that says when and
 * where, and a way back to choose another kind of meeting.
 */
class DropInPage extends Div {

    DropInPage(String heading, MeetingTypeSummary dropIn, Locale locale, Runnable chooseAnother) {
        var another = new Button(getTranslation("booking.dropIn.another"), click -> chooseAnother.run());
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(heading), MeetingTypeChoice.dropInInfo(this, locale, dropIn), new Div(another));
    }
}
