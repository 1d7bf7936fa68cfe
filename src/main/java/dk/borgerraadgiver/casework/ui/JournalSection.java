package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.CaseFiles;

/** The advisor's journal notes, newest first. */
class JournalSection extends CaseSection {

    JournalSection(CaseDetails c, CaseFiles caseFiles, CasePage page) {
        super("case.section.journal");
        var text = new TextArea(getTranslation("case.journal.new"));
        text.setMaxLength(5000);
        text.setWidthFull();
        var add = new Button(getTranslation("case.journal.add"), click -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("case.journal.empty"));
                text.setInvalid(true);
                return;
            }
            page.act(() -> caseFiles.addNote(c.id(), text.getValue()), "case.journal.added");
        });
        add(text, add);
        var list = new UnorderedList();
        list.addClassName("journal-list");
        for (var note : c.journal()) {
            var body = new Paragraph(note.text());
            body.addClassName("message-body");
            list.add(new ListItem(new Span(note.author() + " · " + CaseTexts.dateTime(note.at(), getLocale())), body));
        }
        add(list);
    }
}
