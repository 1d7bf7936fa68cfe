package dk.borgerraadgiver.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import dk.borgerraadgiver.security.StaffLinkPurpose;
import dk.borgerraadgiver.security.StaffPasswords;
import dk.borgerraadgiver.shared.ui.ClientAddress;
import dk.borgerraadgiver.shared.ui.ErrorSummary;

/** The page an invitation or a reset mail links to: the member of staff chooses a password, once. */
@Route(value = "login/adgangskode/:token", autoLayout = false)
@AnonymousAllowed
class ChoosePasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final StaffPasswords passwords;
    private final Div card = new Div();

    ChoosePasswordView(StaffPasswords passwords) {
        this.passwords = passwords;
        addClassName("login-page");
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getElement().executeJs("document.documentElement.lang = $0", getLocale().getLanguage());
        card.removeAll();
        var token = event.getRouteParameters().get("token").orElse("");
        var holder = passwords.holderOf(token);
        if (holder.isEmpty()) {
            card.add(new H1(getTranslation("password.link.unusableTitle")), new Paragraph(getTranslation("password.link.unusable")),
                    new Paragraph(new Anchor("/login/glemt", getTranslation("password.link.newLink"))));
            return;
        }
        var errors = new ErrorSummary();
        var form = new NewPasswordForm(false, errors);
        var save = new Button(getTranslation("password.save"), click -> {
            var answers = form.valid();
            if (answers == null) {
                return;
            }
            var refusal = passwords.choosePassword(token, answers.chosen(), ClientAddress.current());
            if (refusal.isPresent()) {
                form.refuse(refusal.get());
                return;
            }
            card.removeAll();
            var done = new Paragraph(getTranslation("password.link.done", holder.get().username()));
            done.getElement().setAttribute("role", "status");
            card.add(new H1(getTranslation("password.link.doneTitle")), done, new Anchor("/login", getTranslation("password.toLogin")));
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var invitation = holder.get().purpose() == StaffLinkPurpose.INVITATION;
        card.add(new H1(getTranslation(invitation ? "password.link.welcome" : "password.link.title")), errors,
                new Paragraph(getTranslation(invitation ? "password.link.welcomeLead" : "password.link.lead",
                        holder.get().displayName(), holder.get().username())), form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.link.title") + " – " + getTranslation("layout.serviceName");
    }
}
