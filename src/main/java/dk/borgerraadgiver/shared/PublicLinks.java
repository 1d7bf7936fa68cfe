package dk.borgerraadgiver.shared;

import org.springframework.stereotype.Component;

/**
 * The one place that knows the shape of the portal's addresses: the private links citizens get
 * (move or cancel a booking, follow an inquiry, read secure messages), the way back to booking, and
 * the back-office links staff get by mail. Paths for the pages themselves, full addresses (from
 * {@code portal.public-base-url}) for mail and calendar files.
 */
@Component
public class PublicLinks {

    private final String baseUrl;

    public PublicLinks(PortalProperties properties) {
        this.baseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
    }

    /** The portal's own address as citizens reach it, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
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

    public String booking(String manageToken) {
        return baseUrl + bookingPath(manageToken);
    }

    public String inquiry(String followToken) {
        return baseUrl + inquiryPath(followToken);
    }

    public String messages(String linkToken) {
        return baseUrl + messagesPath(linkToken);
    }

    public String book(String municipalitySlug) {
        return baseUrl + bookPath(municipalitySlug);
    }

    public String backOfficeCase(long caseId) {
        return baseUrl + "/backoffice/sager/" + caseId;
    }

    public String backOffice() {
        return baseUrl + "/backoffice";
    }
}
