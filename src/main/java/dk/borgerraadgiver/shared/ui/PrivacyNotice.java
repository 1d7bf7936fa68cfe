package dk.borgerraadgiver.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/**
 * "How we handle your information" on the citizen pages, written from the municipality's retention
 * rule ({@code organisation.RetentionPolicy}), so that what it promises is what the nightly run does
 * (docs/retention.md).
 */
public final class PrivacyNotice extends Div {

    private PrivacyNotice(String textKey, String municipalityName, int period) {
        add(new H2(getTranslation("privacy.title")), new Paragraph(getTranslation(textKey, municipalityName, period)),
                new Paragraph(getTranslation("privacy.rights")));
        addClassName("privacy-notice");
    }

    /** For an inquiry or complaint: the case is kept this many years after it is closed. */
    public static PrivacyNotice forInquiry(String municipalityName, int caseYears) {
        return new PrivacyNotice("privacy.inquiry", municipalityName, caseYears);
    }

    /** For a booking or a home-visit request: kept this many months after the meeting. */
    public static PrivacyNotice forMeeting(String municipalityName, int meetingMonths) {
        return new PrivacyNotice("privacy.meeting", municipalityName, meetingMonths);
    }
}
