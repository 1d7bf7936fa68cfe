package dk.borgerraadgiver.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.security.SignOnOptions;
import dk.borgerraadgiver.security.internal.LoginGuard;
import com.vaadin.flow.server.VaadinSession;

/** Staff sign-in. Citizens never need an account: they book and write without one. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final H1 heading = new H1();
    private final Paragraph intro = new Paragraph();
    private int lockedMinutes;

    private final SignOnOptions signOn;
    private final Anchor singleSignOn = new Anchor();
    private final Paragraph orWithPassword = new Paragraph();

    public LoginView(SignOnOptions signOn) {
        this.signOn = signOn;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> getUI().ifPresent(ui -> ui.navigate("login/glemt")));
        singleSignOn.setHref(SignOnOptions.STAFF_START);
        singleSignOn.getElement().setAttribute("router-ignore", true);
        singleSignOn.addClassNames("button-link", "button-link--primary", "login-sso");
        singleSignOn.setVisible(signOn.staffSignOn());
        orWithPassword.addClassName("login-or");
        orWithPassword.setVisible(signOn.staffSignOn() && signOn.formLogin());
        form.setVisible(signOn.formLogin());
        var card = new Div(heading, intro, singleSignOn, orWithPassword, form);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        lockedMinutes = parameters.getSingleParameter("locked").filter(value -> value.matches("\\d{1,3}"))
                .map(Integer::parseInt).orElse(0);
        boolean failed = lockedMinutes > 0 || parameters.getParameters().containsKey("error");
        form.setError(failed);
        form.setI18n(texts());
        if (failed) {
            keepUsername();
        }
    }

    /** A wrong password keeps the user name she typed and puts her in the password field. */
    private void keepUsername() {
        var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        var username = session == null ? null : session.getAttribute(LoginGuard.LAST_USERNAME);
        if (username instanceof String name && !name.isBlank()) {
            form.getElement().executeJs("const u = this.querySelector('[name=username]'); const p = this.querySelector('[name=password]');"
                    + " if (u) { u.value = $0; u.removeAttribute('autofocus'); }"
                    + " if (p) { requestAnimationFrame(() => p.focus()); }", name);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
        heading.setText(getTranslation("login.heading"));
        intro.setText(getTranslation("login.intro"));
        singleSignOn.setText(signOn.staffLabel().orElseGet(() -> getTranslation("login.sso")));
        orWithPassword.setText(getTranslation("login.orWithPassword"));
        form.setI18n(texts());
    }

    /** The form's texts; after repeated failures the error says how long to wait, for any username alike. */
    private LoginI18n texts() {
        var i18n = LoginI18n.createDefault();
        var texts = new LoginI18n.Form();
        // Hidden by the theme: the page has its own h1, and the form's title would be a second one.
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.form.username"));
        texts.setPassword(getTranslation("login.form.password"));
        texts.setSubmit(getTranslation("login.form.submit"));
        texts.setForgotPassword(getTranslation("login.form.forgot"));
        i18n.setForm(texts);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation(lockedMinutes > 0 ? "login.error.lockedTitle" : "login.error.title"));
        error.setMessage(lockedMinutes > 0 ? getTranslation("login.error.locked", lockedMinutes)
                : getTranslation("login.error.message"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.heading") + " – " + getTranslation("layout.serviceName");
    }
}
