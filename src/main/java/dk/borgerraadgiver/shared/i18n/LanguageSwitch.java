package dk.borgerraadgiver.shared.i18n;

import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

/** Changes the language of the whole session and remembers it in a cookie. */
public final class LanguageSwitch {

    private LanguageSwitch() {
    }

    public static void switchTo(Locale locale) {
        var response = VaadinService.getCurrentResponse();
        if (response != null) {
            var cookie = new Cookie(PortalLanguages.COOKIE_NAME, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setLocale(locale);
        } else {
            UI.getCurrent().setLocale(locale);
        }
    }
}
