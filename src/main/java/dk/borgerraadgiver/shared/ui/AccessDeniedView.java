package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.VaadinRequest;
import dk.borgerraadgiver.shared.SecurityEvents;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/** Shown when a service refuses a signed-in user, e.g. an advisor opening a municipality they do not serve. */
@ParentLayout(BackOfficeLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    public AccessDeniedView() {
        addClassName("backoffice-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        var request = VaadinRequest.getCurrent();
        SecurityEvents.record("access.denied", request == null || request.getUserPrincipal() == null ? null
                : request.getUserPrincipal().getName(), ClientAddress.current());
        removeAll();
        add(new H1(getTranslation("error.accessDenied.title")), new Paragraph(getTranslation("error.accessDenied.text")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.accessDenied.title") + " – " + getTranslation("backoffice.title");
    }
}
