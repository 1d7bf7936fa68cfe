package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A plain-language "page not found" in the portal's own look, instead of the framework's. */
@ParentLayout(CitizenLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final MunicipalityBrandingSource brandingSource;

    public PageNotFoundView(MunicipalityBrandingSource brandingSource) {
        this.brandingSource = brandingSource;
        addClassName("prose");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        var home = new Paragraph();
        // Under a municipality's address the way back is its own front page, as the header and footer are its own.
        var front = brandingSource.forAddress(event.getLocation()).map(found -> "/" + found.slug()).orElse("/");
        home.add(new Anchor(front, getTranslation("error.notFound.home")));
        add(new H1(getTranslation("error.notFound.title")), new Paragraph(getTranslation("error.notFound.text")), home);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title") + " – " + getTranslation("layout.serviceName");
    }
}
