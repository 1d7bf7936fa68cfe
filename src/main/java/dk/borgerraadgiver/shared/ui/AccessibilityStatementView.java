package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The accessibility statement that Danish public web sites must publish (webtilgængelighedsloven). */
@Route(value = "tilgaengelighedserklaering", layout = CitizenLayout.class)
@AnonymousAllowed
public class AccessibilityStatementView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    public AccessibilityStatementView() {
        addClassName("prose");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        add(new H1(getTranslation("accessibility.title")),
                new Paragraph(getTranslation("accessibility.intro")),
                new H2(getTranslation("accessibility.status.heading")),
                new Paragraph(getTranslation("accessibility.status.text")),
                new H2(getTranslation("accessibility.feedback.heading")),
                new Paragraph(getTranslation("accessibility.feedback.text")),
                new H2(getTranslation("accessibility.enforcement.heading")),
                new Paragraph(getTranslation("accessibility.enforcement.text")));
        var agency = new Paragraph();
        agency.add(new Anchor("https://digst.dk/digital-inklusion/webtilgaengelighed/", getTranslation("accessibility.enforcement.link")));
        add(agency);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessibility.title") + " – " + getTranslation("layout.serviceName");
    }
}
