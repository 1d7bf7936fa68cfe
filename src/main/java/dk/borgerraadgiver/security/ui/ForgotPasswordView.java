package dk.borgerraadgiver.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.security.StaffPasswords;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import dk.borgerraadgiver.shared.ui.ErrorSummary;

/**
 * "Glemt adgangskode?": a member of staff gives their work e-mail (or username) and gets a link,
 * valid for an hour. The answer is the same whether or not the address belongs to an account.
 */
@Route(value = "login/glemt", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements LocaleChangeObserver, HasDynamicTitle {

    private final StaffPasswords passwords;
    private final Div card = new Div();

    ForgotPasswordView(StaffPasswords passwords) {
        this.passwords = passwords;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    private static final class Request {
        private String address = "";
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
        card.removeAll();
        var errors = new ErrorSummary();
        var address = new TextField(getTranslation("password.forgot.address"));
        address.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        address.setWidthFull();
        var binder = new Binder<Request>();
        binder.forField(address).asRequired(getTranslation("password.forgot.error.empty"))
                .bind(r -> r.address, (r, v) -> r.address = v);
        var request = new Request();
        var send = new Button(getTranslation("password.forgot.send"), click -> {
            if (!errors.check(binder) || !binder.writeBeanIfValid(request)) {
                return;
            }
            passwords.requestReset(request.address, ClientAddress.current());
            card.removeAll();
            var done = new Paragraph(getTranslation("password.forgot.sent"));
            done.getElement().setAttribute("role", "status");
            card.add(new H1(getTranslation("password.forgot.sentTitle")), done, new Anchor("/login", getTranslation("password.backToLogin")));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H1(getTranslation("password.forgot.title")), errors, new Paragraph(getTranslation("password.forgot.lead")),
                address, send, new Paragraph(new Anchor("/login", getTranslation("password.backToLogin"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.forgot.title") + " – " + getTranslation("layout.serviceName");
    }
}
