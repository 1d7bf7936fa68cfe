package dk.borgerraadgiver.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.borgerraadgiver.security.SecondFactorSignIn;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import jakarta.annotation.security.RolesAllowed;

/**
 * The second step of a staff sign-in: the code from the authenticator app (or a recovery code); at a
 * first sign-in where the installation requires a second factor, setting it up instead.
 */
@Route(value = "login/kode", autoLayout = false)
@RolesAllowed("SECOND_FACTOR_PENDING")
class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorSignIn signIn;
    private final AuthenticationContext authentication;
    private final Div card = new Div();

    SecondFactorView(SecondFactorSignIn signIn, AuthenticationContext authentication) {
        this.signIn = signIn;
        this.authentication = authentication;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        card.removeAll();
        getElement().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
        if (signIn.enrolled()) {
            askForCode();
        } else {
            var enrolment = signIn.newEnrolment();
            card.add(new H1(getTranslation("secondFactor.enrol.title")), new Paragraph(getTranslation("secondFactor.enrol.required")),
                    new SecondFactorEnrolment(enrolment, code -> signIn.enrol(enrolment, code,
                            VaadinServletRequest.getCurrent().getHttpServletRequest(),
                            VaadinServletResponse.getCurrent().getHttpServletResponse()), SecondFactorView::toBackOffice));
        }
        var cancel = new Button(getTranslation("secondFactor.cancel"), click -> authentication.logout());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.add(cancel);
    }

    private void askForCode() {
        var code = SecondFactorEnrolment.CodeField.create(getTranslation("secondFactor.codeOrRecovery"));
        var confirm = new Button(getTranslation("secondFactor.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.addClickListener(click -> {
            if (signIn.complete(code.getValue(), ClientAddress.current(),
                    VaadinServletRequest.getCurrent().getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse())) {
                toBackOffice();
                return;
            }
            code.setErrorMessage(getTranslation("secondFactor.wrongCode"));
            code.setInvalid(true);
            code.focus();
        });
        card.add(new H1(getTranslation("secondFactor.title")), new Paragraph(new Text(getTranslation("secondFactor.lead"))),
                code, SecondFactorEnrolment.actions(confirm));
        code.focus();
    }

    private static void toBackOffice() {
        UI.getCurrent().getPage().setLocation("/backoffice");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.title") + " – " + getTranslation("layout.serviceName");
    }
}
