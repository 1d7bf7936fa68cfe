package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.CaseReader;
import dk.borgerraadgiver.casework.CitizenMessages;

/** Secure messages with the citizen: the thread, and a new message (the citizen gets a notice without its content). */
class MessageSection extends CaseSection {

    MessageSection(CaseDetails c, CaseReader caseReader, CitizenMessages messages, CasePage page) {
        super("case.section.messages");
        add(new Paragraph(getTranslation("case.messages.help")));
        var thread = new MessageThread(c.messages(), new MessageThread.Reader(CaseDetails.Message::author,
                message -> message.fromCitizen() || message.readAt() == null ? "" : " · " + getTranslation("case.messages.read"),
                file -> new Div(download(file.name(), file.mediaType(), file.size(), () -> caseReader.openMessageFile(c.id(), file.id())))));
        if (!c.messages().isEmpty()) {
            add(thread);
        }
        if (c.citizenEmail() == null) {
            add(new Paragraph(getTranslation("case.messages.noEmail")));
            return;
        }
        var text = new TextArea(getTranslation("case.messages.new"));
        text.setMaxLength(CitizenMessages.MAX_MESSAGE);
        text.setWidthFull();
        var send = new Button(getTranslation("case.messages.send"), click -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("case.messages.empty"));
                text.setInvalid(true);
                return;
            }
            page.act(() -> messages.send(c.id(), text.getValue()), "case.messages.sent");
        });
        add(text, send);
    }
}
