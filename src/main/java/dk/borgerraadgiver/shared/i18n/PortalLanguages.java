package dk.borgerraadgiver.shared.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The portal's languages: Danish first, English second. */
public final class PortalLanguages {

    public static final Locale DANISH = Locale.of("da");
    /** British English: dates read "Friday 15 January 2027", as in the rest of Europe. */
    public static final Locale ENGLISH = Locale.UK;
    public static final List<Locale> SUPPORTED = List.of(DANISH, ENGLISH);
    /** Remembers the citizen's choice between visits; holds only "da" or "en". */
    public static final String COOKIE_NAME = "portal-lang";

    private PortalLanguages() {
    }

    /** The supported language with this code, if any; anything else is ignored rather than trusted. */
    public static Optional<Locale> fromCode(String code) {
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** The portal language with this stored code ("da" or "en"); Danish for anything else. */
    public static Locale of(String code) {
        return fromCode(code).orElse(DANISH);
    }

    public static Locale other(Locale current) {
        return DANISH.getLanguage().equals(current.getLanguage()) ? ENGLISH : DANISH;
    }
}
