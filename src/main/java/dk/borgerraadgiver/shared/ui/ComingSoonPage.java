package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import org.jspecify.annotations.Nullable;

/**
 * An honest page for a citizen service that is not online yet: says so, and gives the ways that work
 * today (phone and the town hall), so no link on the portal leads nowhere.
 */
public abstract class ComingSoonPage extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final MunicipalityBrandingSource brandingSource;
    private final String keyPrefix;
    private @Nullable MunicipalityBranding branding;

    protected ComingSoonPage(MunicipalityBrandingSource brandingSource, String keyPrefix) {
        this.brandingSource = brandingSource;
        this.keyPrefix = keyPrefix;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        branding = event.getRouteParameters().get(CitizenLayout.MUNICIPALITY_PARAMETER)
                .flatMap(brandingSource::findBySlug)
                .orElseThrow(NotFoundException::new);
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        var municipality = branding;
        if (municipality == null) {
            return;
        }
        removeAll();
        var notice = new Paragraph(getTranslation("comingSoon.notice"));
        notice.addClassName("notice");
        var phone = new Paragraph(getTranslation(keyPrefix + ".today") + " ");
        phone.add(new Anchor("tel:" + municipality.phone().replace(" ", ""), municipality.phone()));
        var back = new Paragraph();
        back.add(new Anchor("/" + municipality.slug(), getTranslation("comingSoon.back")));
        add(new H1(getTranslation(keyPrefix + ".title")), notice, phone,
                new Paragraph(getTranslation("comingSoon.visit", municipality.addressLine())), back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(keyPrefix + ".title") + " – " + getTranslation("layout.serviceName");
    }
}
