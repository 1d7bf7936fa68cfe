package dk.borgerraadgiver.inquiry.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import dk.borgerraadgiver.shared.ui.DateInput;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import dk.borgerraadgiver.inquiry.Answer;
import dk.borgerraadgiver.inquiry.Screening;

/**
 * Step 2 of the inquiry: has the department had a chance to answer (dialogprincippet), when did it
 * happen, and does any of the matters the advisor cannot take apply. Guidance on where to go instead
 * appears as the citizen answers; it never blocks sending.
 */
class ScreeningQuestions extends Div {

    private final InquiryAnswers answers;
    private final int ageLimitMonths;
    private final LocalDate today;
    private final RadioButtonGroup<Answer> contacted = new RadioButtonGroup<>();
    private final Checkbox consent = new Checkbox();
    private final DateInput when;
    private final CheckboxGroup<String> concerns = new CheckboxGroup<>();
    private final Div guidance = new Div();


    ScreeningQuestions(InquiryAnswers answers, int ageLimitMonths, LocalDate today) {
        this.answers = answers;
        this.ageLimitMonths = ageLimitMonths;
        this.today = today;
        contacted.setLabel(getTranslation("inquiry.screening.contacted"));
        contacted.setId("contacted");
        contacted.setItems(Answer.values());
        contacted.setItemLabelGenerator(a -> getTranslation("inquiry.answer." + a.name()));
        if (answers.departmentContacted != null) {
            contacted.setValue(answers.departmentContacted);
        }
        consent.setLabel(getTranslation("inquiry.screening.forwardConsent"));
        consent.setValue(answers.forwardConsent);
        when = new DateInput(getTranslation("inquiry.screening.when") + " " + getTranslation("form.optional"),
                getTranslation("inquiry.screening.whenHint"));
        when.setId("happened-on");
        when.setValue(answers.happenedOn);
        concerns.setLabel(getTranslation("inquiry.screening.concerns") + " " + getTranslation("form.optional"));
        concerns.setId("concerns");
        concerns.setItems(InquiryAnswers.CONCERNS);
        concerns.setItemLabelGenerator(key -> getTranslation("inquiry.screening.concern." + key));
        concerns.setValue(answers.concerns);
        guidance.addClassName("guidance");
        guidance.getElement().setAttribute("aria-live", "polite");
        contacted.addValueChangeListener(change -> keepAnswers());
        consent.addValueChangeListener(change -> keepAnswers());
        when.addValueChangeListener(change -> keepAnswers());
        concerns.addValueChangeListener(change -> keepAnswers());
        keepAnswers();
        add(new Paragraph(getTranslation("inquiry.screening.intro")), contacted, consent, when, concerns, guidance);
    }

    /** Takes the answers as they are now and shows the guidance that follows from them. */
    void keepAnswers() {
        answers.departmentContacted = contacted.getValue();
        answers.forwardConsent = consent.getValue();
        answers.happenedOn = when.getValue();
        answers.concerns = concerns.getValue();
        consent.setVisible(answers.departmentContacted != null && answers.departmentContacted != Answer.YES);
        showGuidance();
    }

    /** Whether the step can be left: the first question answered and the date, if any, a real one in the past. */
    boolean check(ErrorSummary errors) {
        errors.clear();
        contacted.setInvalid(false);
        when.setInvalid(false);
        if (contacted.getValue() == null) {
            contacted.setErrorMessage(getTranslation("inquiry.screening.contacted.required"));
            contacted.setInvalid(true);
            errors.add(getTranslation("inquiry.screening.contacted.required"), contacted);
        }
        when.problem(today).ifPresent(key -> {
            when.setErrorMessage(getTranslation(key));
            when.setInvalid(true);
            errors.add(getTranslation(key), when);
        });
        return !errors.hasProblems();
    }

    private void showGuidance() {
        guidance.removeAll();
        // The advice to talk with the department first waits for her answer; the rest follows the ticks at once.
        var items = answers.screening(Answer.YES).guidance(ageLimitMonths, today);
        if (items.isEmpty()) {
            return;
        }
        guidance.add(new H2(getTranslation("inquiry.guidance.title")));
        for (Screening.Guidance item : items) {
            var box = new Div(new Paragraph(getTranslation(item.messageKey(), ageLimitMonths)));
            box.addClassName("notice");
            if (item.link() != null) {
                box.add(new Paragraph(new Anchor(item.link(), getTranslation(item.messageKey() + ".link"))));
            }
            guidance.add(box);
        }
        guidance.add(new Paragraph(getTranslation("inquiry.guidance.stillSend")));
    }
}
