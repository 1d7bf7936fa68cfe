package dk.borgerraadgiver.shared.ui;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address a citizen's request came from, as rate limits key it. Behind a reverse proxy this is
 * the forwarded client address, taken only from the proxies listed in
 * {@code server.tomcat.remoteip.internal-proxies}. An IPv6 address counts as its /64 network, because
 * one household or server is given a whole /64 and could otherwise rotate through it.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        return Optional.ofNullable(VaadinRequest.getCurrent()).map(VaadinRequest::getRemoteAddr).map(ClientAddress::key)
                .orElse("unknown");
    }

    /** The limiter key for an address: an IPv4 address as it is, an IPv6 address as its /64 network. */
    public static String key(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            var bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            var network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
