package dk.borgerraadgiver.shared.i18n;

import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * Every new UI starts in Danish unless the citizen chose English before (the language cookie).
 * The browser's own language is deliberately not used: the portal is Danish first.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiInit -> uiInit.getUI().setLocale(chosenLanguage(VaadinRequest.getCurrent())));
    }

    static Locale chosenLanguage(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return PortalLanguages.DANISH;
        }
        return Arrays.stream(request.getCookies())
                .filter(cookie -> PortalLanguages.COOKIE_NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .flatMap(value -> PortalLanguages.fromCode(value).stream())
                .findFirst()
                .orElse(PortalLanguages.DANISH);
    }
}
