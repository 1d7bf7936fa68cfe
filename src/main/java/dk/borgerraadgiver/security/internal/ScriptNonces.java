package dk.borgerraadgiver.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Gives every script element of Vaadin's bootstrap page the nonce that {@link SecurityHeaders} put
 * in this response's Content-Security-Policy, so that the page's own inline start-up script runs and
 * an injected one does not.
 */
public class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ScriptNonces::addNonce);
    }

    private static void addNonce(IndexHtmlResponse response) {
        if (response.getVaadinRequest() instanceof VaadinServletRequest request
                && request.getAttribute(SecurityHeaders.NONCE_ATTRIBUTE) instanceof String nonce) {
            response.getDocument().getElementsByTag("script").attr("nonce", nonce);
        }
    }
}
