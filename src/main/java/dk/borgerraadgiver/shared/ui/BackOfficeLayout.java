package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dk.borgerraadgiver.shared.i18n.LanguageSwitch;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import dk.borgerraadgiver.shared.StaffRoles;
import jakarta.annotation.security.RolesAllowed;

/**
 * The back office: side navigation built from the views' {@code @Menu} entries (only those the user
 * may open), the signed-in user and a sign-out button. Every route under {@code /backoffice} gets it.
 */
@Layout("/backoffice")
@RolesAllowed({StaffRoles.ADVISOR, StaffRoles.ADMIN})
public class BackOfficeLayout extends AppLayout implements LocaleChangeObserver {

    private final AuthenticationContext authentication;
    private final Span title = new Span();
    private final SideNav navigation = new SideNav();
    private final Span user = new Span();
    private final Button language = new Button();
    private final DrawerToggle toggle = new DrawerToggle();
    private final Button logout = new Button();

    public BackOfficeLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("backoffice");
        setPrimarySection(Section.DRAWER);

        title.addClassName("backoffice-title");
        toggle.addClassName("backoffice-menu-toggle");
        user.addClassName("backoffice-user");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.addClickListener(click -> LanguageSwitch.switchTo(PortalLanguages.other(getLocale())));
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(click -> authentication.logout());
        var bar = new Div(toggle, title, user, language, logout);
        bar.addClassName("backoffice-bar");
        addToNavbar(true, bar);

        navigation.addClassName("backoffice-nav");
        addToDrawer(navigation);
    }

    /** Each page sits in a main landmark, so screen-reader users can jump straight to it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        var main = new Main();
        main.setId("main-content");
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        setContent(main);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getElement().executeJs("document.documentElement.lang = $0", event.getLocale().getLanguage());
        title.setText(getTranslation("backoffice.title"));
        toggle.setAriaLabel(getTranslation("backoffice.menu"));
        navigation.setLabel(getTranslation("backoffice.navigation"));
        language.setText(getTranslation("layout.language.switch"));
        language.getElement().setAttribute("lang", PortalLanguages.other(event.getLocale()).getLanguage());
        logout.setText(getTranslation("backoffice.logout"));
        user.setText(authentication.getPrincipalName().orElse(""));
        navigation.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            navigation.addItem(item);
        }
    }
}
