package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a genuine but expired private link shows: why it no longer works, and the advisor's phone
 * number, so that the citizen is never left without a way forward.
 */
public class ExpiredLinkNotice extends Div {

    public ExpiredLinkNotice(String municipalityName, String phone) {
        addClassName("expired-link");
        var call = new Anchor("tel:" + phone.replaceAll("[^+0-9]", ""), phone);
        var text = new Paragraph(getTranslation("link.expired.text", municipalityName));
        add(new H1(getTranslation("link.expired.title")), text, new Paragraph(new Text(getTranslation("link.expired.call") + " "), call));
    }
}
