package dk.borgerraadgiver.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import dk.borgerraadgiver.casework.CaseDetails;
import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.CaseStatus;
import dk.borgerraadgiver.casework.CitizenMessages;
import dk.borgerraadgiver.casework.PowerOfAttorneyStatus;

/** Who the case is about and how to reach them, and the power of attorney: verify it, or ask for it by secure message. */
class CitizenSection extends CaseSection {

    CitizenSection(CaseDetails c, CaseFiles caseFiles, CitizenMessages messages, CasePage page) {
        super("case.section.citizen");
        var facts = new DescriptionList();
        facts.addClassName("summary-list");
        term(facts, "case.citizen.name", c.citizenName());
        if (c.citizenPhone() != null) {
            term(facts, "case.citizen.phone", c.citizenPhone());
        }
        if (c.citizenEmail() != null) {
            term(facts, "case.citizen.email", c.citizenEmail());
        }
        term(facts, "case.citizen.key", c.citizenKey());
        var poa = getTranslation("case.poa." + c.poaStatus().name());
        if (c.poaStatus() == PowerOfAttorneyStatus.VERIFIED && c.poaVerifiedBy() != null && c.poaVerifiedAt() != null) {
            poa = getTranslation("case.poa.verifiedBy", c.poaVerifiedBy(), CaseTexts.dateTime(c.poaVerifiedAt(), getLocale()));
        }
        term(facts, "case.poa", poa);
        add(facts);
        var actions = new Div();
        actions.addClassName("row-actions");
        if (c.poaStatus() == PowerOfAttorneyStatus.RECEIVED) {
            actions.add(new Button(getTranslation("case.poa.verify"), click -> page.act(() -> caseFiles.verifyPowerOfAttorney(c.id()), "case.saved")));
        }
        if ((c.poaStatus() == PowerOfAttorneyStatus.MISSING || c.poaStatus() == PowerOfAttorneyStatus.NOT_NEEDED)
                && c.citizenEmail() != null && c.status() != CaseStatus.CLOSED) {
            actions.add(new Button(getTranslation("case.poa.request"), click -> page.act(() -> messages.requestPowerOfAttorney(c.id()), "case.poa.requested")));
        }
        add(actions);
    }
}
