package dk.borgerraadgiver.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.borgerraadgiver.shared.ui.ContactDetailsForm;

/**
 * "Log ind med MitID" where a citizen starts (the landing page and both flows), beside the anonymous
 * way, which stays: a citizen who signs in gets her name (and e-mail) filled in and her cases in "Mine
 * sager". Once signed in, it says so, with a way to "Mine sager" and to sign out. Hidden when the
 * installation has no MitID broker.
 */
public class CitizenSignInPanel extends Div {

    /** @param returnPath where the citizen comes back to after MitID (a path of this portal) */
    public CitizenSignInPanel(String returnPath) {
        addClassName("mitid-panel");
        var options = VaadinService.getCurrent().getInstantiator().getOrCreate(SignOnOptions.class);
        var identity = CitizenIdentity.current();
        if (identity.isPresent()) {
            var mine = new Anchor("/mine-sager", getTranslation("mitid.myCases"));
            var signOut = new Button(getTranslation("mitid.signOut"), click ->
                    VaadinService.getCurrent().getInstantiator().getOrCreate(AuthenticationContext.class).logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            add(new Paragraph(getTranslation("mitid.signedIn", identity.get().name())), mine, signOut);
            return;
        }
        if (!options.citizenSignOn()) {
            setVisible(false);
            return;
        }
        var signIn = new Button(getTranslation(options.testProvider() ? "mitid.signIn.test" : "mitid.signIn"), click -> {
            SignOnOptions.safeReturnPath(returnPath).ifPresent(path ->
                    VaadinSession.getCurrent().getSession().setAttribute(SignOnOptions.CITIZEN_RETURN, path));
            UI.getCurrent().getPage().setLocation(SignOnOptions.MITID_START);
        });
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClassName("mitid-sign-in");
        add(new Paragraph(getTranslation("mitid.why")), signIn, new Paragraph(getTranslation("mitid.orAnonymous")));
    }

    /** Fills the contact form with what MitID gave and locks those fields; no change when nobody is signed in. */
    public static void prefill(ContactDetailsForm form) {
        CitizenIdentity.current().ifPresent(identity -> form.lockVerified(identity.name(), identity.email()));
    }
}
