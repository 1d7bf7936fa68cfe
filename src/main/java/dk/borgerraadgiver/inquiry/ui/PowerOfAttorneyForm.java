package dk.borgerraadgiver.inquiry.ui;


import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dk.borgerraadgiver.inquiry.InquiryDocuments;
import dk.borgerraadgiver.shared.ui.DownloadLink;

/**
 * What a relative acting with a power of attorney is told, with the municipality's form as a PDF that
 * already names the two people. The download runs outside the UI's lock, so it reads the names from
 * plain fields that the name fields keep current, never from the components.
 */
class PowerOfAttorneyForm extends Div {

    private volatile String grantor;
    private volatile String agent;

    PowerOfAttorneyForm(InquiryDocuments documents, String municipalityName, String grantor, String agent) {
        this.grantor = grantor;
        this.agent = agent;
        addClassName("notice");
        var locale = getLocale();
        var form = DownloadLink.of(getTranslation("inquiry.who.poaDownload"), "fuldmagt.pdf", "application/pdf",
                () -> documents.powerOfAttorney(this.grantor, this.agent, municipalityName, locale));
        form.addClassName("download-link");
        add(new Paragraph(getTranslation("inquiry.who.poaInfo")), new Paragraph(form));
    }

    void setGrantor(String grantor) {
        this.grantor = grantor;
    }

    void setAgent(String agent) {
        this.agent = agent;
    }

}
