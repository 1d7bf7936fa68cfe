package dk.borgerraadgiver.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a refused single sign-on lands: a staff login with no portal account (or a deactivated one),
 * a MitID login below the required assurance level, or a broker that did not send what the portal
 * needs. Says what to do; the refusal itself is in the security log.
 */
@Route(value = "login/afvist", autoLayout = false)
@AnonymousAllowed
public class SignInRefusedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final java.util.Set<String> REASONS = java.util.Set.of("unknownStaff", "deactivated", "assurance", "claims");

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var reason = event.getLocation().getQueryParameters().getSingleParameter("aarsag").filter(REASONS::contains).orElse("failed");
        var back = new Anchor(reason.equals("assurance") || reason.equals("claims") ? "/" : "/login",
                getTranslation(reason.equals("assurance") || reason.equals("claims") ? "signin.refused.toFrontPage" : "signin.refused.toLogin"));
        back.getElement().setAttribute("router-ignore", true);
        var card = new Div(new H1(getTranslation("signin.refused.heading")), new Paragraph(getTranslation("signin.refused." + reason)), back);
        card.addClassName("login-card");
        addClassName("login-page");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.refused.heading") + " – " + getTranslation("layout.serviceName");
    }
}
