package dk.borgerraadgiver.shared;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one place that knows the shape of the portal's addresses: the private links citizens get
 * (move or cancel a booking, follow an inquiry, read secure messages), the way back to booking, and
 * the back-office links staff get by mail. Paths for the pages themselves, full addresses (from
 * {@code portal.public-base-url}) for mail and calendar files.
 */
@Component
public class PublicLinks {

    private final Supplier<String> configured;

    /**
     * Read when a link is made, not at start-up: the default address names the port the server got,
     * which is known only once it listens ({@code local.server.port}).
     */
    @Autowired
    PublicLinks(Environment environment) {
        this(() -> environment.getRequiredProperty("portal.public-base-url"));
    }

    public PublicLinks(Supplier<String> baseUrl) {
        this.configured = baseUrl;
    }

    /** The portal's own address as citizens reach it (portal.public-base-url), without a trailing slash. */
    public String baseUrl() {
        return configured.get().replaceAll("/+$", "");
    }

    /** Where a member of staff chooses a password from an invitation or a reset mail. */
    public static String staffPasswordPath(String token) {
        return "/login/adgangskode/" + token;
    }

    public String staffPassword(String token) {
        return baseUrl() + staffPasswordPath(token);
    }

    public static String bookingPath(String manageToken) {
        return "/booking/" + manageToken;
    }

    public static String inquiryPath(String followToken) {
        return "/henvendelse/" + followToken;
    }

    public static String messagesPath(String linkToken) {
        return "/besked/" + linkToken;
    }

    public static String bookPath(String municipalitySlug) {
        return "/" + municipalitySlug + "/book";
    }

    /** The citizen's inquiry and complaint form of a municipality. */
    public static String inquiryFormPath(String municipalitySlug) {
        return "/" + municipalitySlug + "/henvendelse";
    }

    /** One case in the back office, as a route for {@code UI.navigate}. */
    public static String caseRoute(long caseId) {
        return "backoffice/sager/" + caseId;
    }

    public String booking(String manageToken) {
        return baseUrl() + bookingPath(manageToken);
    }

    public String inquiry(String followToken) {
        return baseUrl() + inquiryPath(followToken);
    }

    public String messages(String linkToken) {
        return baseUrl() + messagesPath(linkToken);
    }

    public String book(String municipalitySlug) {
        return baseUrl() + bookPath(municipalitySlug);
    }

    public String backOfficeCase(long caseId) {
        return baseUrl() + "/" + caseRoute(caseId);
    }

    public String backOffice() {
        return baseUrl() + "/backoffice";
    }

    /** The back office's inbox searched for one reference: the new inquiry's case, one click from the mail. */
    public String backOfficeSearch(String reference) {
        return baseUrl() + "/backoffice/sager?" + INBOX_SEARCH + "=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    }

    /** The inbox's query parameter that fills in its search. */
    public static final String INBOX_SEARCH = "soeg";
}
