package dk.borgerraadgiver.shared.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * A link that downloads a file made when it is clicked, not when the page is drawn. It bypasses the
 * router and asks the browser to save rather than navigate. Build it once: the download runs outside
 * the UI's lock, so the supplier should read plain fields, not components.
 */
public final class DownloadLink {

    private DownloadLink() {
    }

    public static Anchor of(String label, String fileName, String mediaType, Supplier<byte[]> content) {
        return of(label, DownloadHandler.fromInputStream(event -> {
            var bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }));
    }

    public static Anchor of(String label, DownloadHandler handler) {
        var anchor = new Anchor(handler, label);
        anchor.getElement().setAttribute("router-ignore", true);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
