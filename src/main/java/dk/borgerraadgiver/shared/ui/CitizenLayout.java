package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dk.borgerraadgiver.shared.AccentColour;
import dk.borgerraadgiver.shared.i18n.LanguageSwitch;
import dk.borgerraadgiver.shared.i18n.PortalLanguages;
import org.jspecify.annotations.Nullable;

/**
 * The citizen's page: the municipality's name and colour, a language switch, one calm column of
 * content and a footer with the advisor's contact details. Routes that start with
 * {@code /:kommune} get the municipality from that segment.
 */
@AnonymousAllowed
public class CitizenLayout extends Div implements RouterLayout, BeforeEnterObserver, AfterNavigationObserver, LocaleChangeObserver {

    public static final String MUNICIPALITY_PARAMETER = "kommune";

    private final MunicipalityBrandingSource brandingSource;
    private final Anchor skipLink = new Anchor("#main-content", "");
    private final Anchor brand = new Anchor("/", "");
    private final Span brandBadge = new Span();
    private final com.vaadin.flow.component.html.Image brandLogo = new com.vaadin.flow.component.html.Image();
    private final Span brandService = new Span();
    private final Span brandMunicipality = new Span();
    private final Button languageButton = new Button();
    private final Main main = new Main();
    private final Footer footer = new Footer();
    private @Nullable MunicipalityBranding branding;
    private @Nullable HasElement content;

    public CitizenLayout(MunicipalityBrandingSource brandingSource) {
        this.brandingSource = brandingSource;
        addClassName("citizen-page");

        skipLink.addClassName("skip-link");
        // The skip link moves focus to the content and changes nothing else: no navigation, no new address
        // (the router would re-open the page and lose the answers given so far).
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.addAttachListener(attach -> skipLink.getElement().executeJs(
                "this.addEventListener('click', e => { e.preventDefault(); document.getElementById('main-content').focus(); })"));
        brandBadge.addClassName("brand-badge");
        brandBadge.getElement().setAttribute("aria-hidden", "true");
        brandService.addClassName("brand-service");
        brandMunicipality.addClassName("brand-municipality");
        var brandText = new Span(brandService, brandMunicipality);
        brandText.addClassName("brand-text");
        // The name follows in text, so the logo is decoration for a screen reader.
        brandLogo.setAlt("");
        brandLogo.addClassName("brand-logo");
        brandLogo.setVisible(false);
        brand.add(brandBadge, brandLogo, brandText);
        brand.addClassName("brand");
        languageButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        languageButton.addClassName("language-switch");
        languageButton.addClickListener(click -> LanguageSwitch.switchTo(PortalLanguages.other(getLocale())));

        var headerInner = new Div(brand, languageButton);
        headerInner.addClassName("citizen-header-inner");
        var header = new Header(skipLink, headerInner);
        header.addClassName("citizen-header");

        main.setId("main-content");
        main.addClassName("citizen-main");
        main.getElement().setAttribute("tabindex", "-1");
        footer.addClassName("citizen-footer");
        add(header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        this.content = content;
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    /** A private-link page names its municipality only once it has read the link: brand the page after navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (branding == null && content instanceof MunicipalityPage page) {
            page.municipalityId().flatMap(brandingSource::findById).ifPresent(found -> {
                branding = found;
                getElement().getStyle().set("--portal-accent", found.accentColour().readableOnWhite().hex());
                render(getLocale());
            });
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // With <base href="/"> a bare "#main-content" would lead to the front page, so the link names this page.
        skipLink.setHref("/" + event.getLocation().getPathWithQueryParameters() + "#main-content");
        branding = brandingSource.forAddress(event.getLocation()).orElse(null);
        var accent = Optional.ofNullable(branding).map(MunicipalityBranding::accentColour)
                .orElse(AccentColour.PORTAL_BLUE).readableOnWhite();
        getElement().getStyle().set("--portal-accent", accent.hex());
        render(getLocale());
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render(event.getLocale());
    }

    private void render(Locale locale) {
        getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        skipLink.setText(getTranslation("layout.skipToContent"));
        brandService.setText(getTranslation("layout.serviceName"));
        var other = PortalLanguages.other(locale);
        languageButton.setText(getTranslation("layout.language.switch"));
        languageButton.getElement().setAttribute("lang", other.getLanguage());
        if (branding != null) {
            brand.setHref("/" + branding.slug());
            brandMunicipality.setText(branding.name());
            brandBadge.setText(branding.logoDataUri() == null ? branding.name().substring(0, 1) : "");
            brandLogo.setSrc(branding.logoDataUri() == null ? "" : branding.logoDataUri());
            brandLogo.setVisible(branding.logoDataUri() != null);
            brandBadge.setVisible(branding.logoDataUri() == null);
        } else {
            brand.setHref("/");
            brandMunicipality.setText(getTranslation("layout.allMunicipalities"));
            brandBadge.setText("B");
            brandLogo.setVisible(false);
            brandBadge.setVisible(true);
        }
        renderFooter();
    }

    private void renderFooter() {
        footer.removeAll();
        var inner = new Div();
        inner.addClassName("citizen-footer-inner");
        if (branding != null) {
            var contact = new Div(
                    footerLine(getTranslation("layout.footer.contact", branding.name())),
                    footerLink(getTranslation("layout.footer.phone", branding.phone()), "tel:" + branding.phone().replace(" ", "")),
                    footerLink(branding.email(), "mailto:" + branding.email()),
                    footerLine(branding.addressLine()));
            contact.addClassName("footer-contact");
            inner.add(contact);
        }
        // The municipality's own statement on was.digst.dk when it has given one; the portal's otherwise.
        var statement = branding != null && branding.accessibilityStatementUrl() != null
                ? branding.accessibilityStatementUrl() : "/tilgaengelighedserklaering";
        var links = new Div(
                footerLink(getTranslation("layout.footer.accessibility"), statement),
                footerLink(getTranslation("layout.footer.staffLogin"), "/backoffice"));
        links.addClassName("footer-links");
        inner.add(links);
        footer.add(inner);
    }

    private static Component footerLine(String text) {
        return new Paragraph(text);
    }

    private static Component footerLink(String text, String href) {
        var paragraph = new Paragraph();
        paragraph.add(new Anchor(href, text));
        return paragraph;
    }
}
