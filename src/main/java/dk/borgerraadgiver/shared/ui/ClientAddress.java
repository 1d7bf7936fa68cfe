package dk.borgerraadgiver.shared.ui;

import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address a citizen's request came from, as rate limits key it. Behind a reverse proxy this is
 * the forwarded client address, taken only from the proxies listed in
 * {@code server.tomcat.remoteip.internal-proxies}.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        return Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr).orElse("unknown");
    }
}
