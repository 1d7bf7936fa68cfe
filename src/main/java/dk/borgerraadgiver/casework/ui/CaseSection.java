package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.borgerraadgiver.shared.ui.DownloadLink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One section of the case page: a heading, and the terms and download links the sections share. A
 * section draws itself from the case's details and asks the page (a {@link CasePage}) to run changes.
 */
abstract class CaseSection extends Section {

    /** What a section asks of the case page. */
    interface CasePage {
        /** Runs a change of the case, tells the advisor the outcome, and draws the page again from fresh details. */
        void act(Runnable change, String doneKey);

        /** Draws the page again from the details it has (e.g. an editor opened or closed). */
        void redraw();

        /** Reads the case's details again and draws the page from them. */
        void reload();
    }

    CaseSection(String headingKey) {
        add(new H2(getTranslation(headingKey)));
        addClassName("case-section");
    }

    void term(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    /** A link that streams one of the case's files through the audit-logged service. */
    static Anchor download(String name, String mediaType, long size, FileOpener opener) {
        return DownloadLink.of(name + " (" + (size / 1024 + 1) + " kB)", DownloadHandler.fromInputStream(event -> {
            try {
                return new DownloadResponse(opener.open(), name, mediaType, size);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
    }

    interface FileOpener {
        InputStream open() throws IOException;
    }
}
