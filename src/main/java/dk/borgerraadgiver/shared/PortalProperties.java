package dk.borgerraadgiver.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings every module shares. (The public base URL is read by {@link PublicLinks} when a link is
 * made, since its default names the port the server got.)
 *
 * @param privateLinkSecret signs citizens' private links (PRIVATE_LINK_SECRET)
 */
@ConfigurationProperties("portal")
public record PortalProperties(String privateLinkSecret) {
}
