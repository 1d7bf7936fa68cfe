package dk.borgerraadgiver.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings every module shares.
 *
 * @param publicBaseUrl     the portal's address as citizens reach it (PUBLIC_BASE_URL), used in mails and calendar files
 * @param privateLinkSecret signs citizens' private links (PRIVATE_LINK_SECRET)
 */
@ConfigurationProperties("portal")
public record PortalProperties(String publicBaseUrl, String privateLinkSecret) {
}
