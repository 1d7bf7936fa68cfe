package dk.borgerraadgiver.casework.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dk.borgerraadgiver.casework.CaseDetails;

/**
 * The secure messages of a case, oldest first, as both sides see them: the advisor in the case (with
 * "read" marks and file downloads) and the citizen behind the one-time code ("you", file names only).
 */
class MessageThread extends UnorderedList {

    /**
     * Who is looking decides how a message is headed and how a file is shown.
     *
     * @param author how the author is named
     * @param note   what follows the time, e.g. " · læst", or ""
     * @param file   how an attached file is shown
     */
    record Reader(Function<CaseDetails.Message, String> author, Function<CaseDetails.Message, String> note,
                  Function<CaseDetails.FileInfo, Component> file) {
    }

    MessageThread(List<CaseDetails.Message> messages, Reader reader) {
        addClassName("message-thread");
        for (var message : messages) {
            var item = new ListItem();
            item.addClassNames("message", message.fromCitizen() ? "message--citizen" : "message--advisor");
            var head = new Span(reader.author().apply(message) + " · " + CaseTexts.dateTime(message.sentAt(), getLocale())
                    + reader.note().apply(message));
            head.addClassName("message-head");
            var body = new Paragraph(message.body());
            body.addClassName("message-body");
            item.add(head, body);
            message.files().stream().map(reader.file()).forEach(item::add);
            add(item);
        }
    }
}
