package dk.borgerraadgiver.booking.ui;


import java.util.Optional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dk.borgerraadgiver.booking.VisitRequests;
import dk.borgerraadgiver.shared.ui.ErrorSummary;
import dk.borgerraadgiver.shared.ui.CharacterCount;

/**
 * A home visit is a request, not a booking: where the citizen lives, why a visit is needed, and up to
 * three times that suit them (the first one required), from tomorrow on.
 */
class VisitRequestQuestions extends Div {

    /** The answers, kept while the citizen goes back and forth. */
    static final class Answers {
        String place = "";
        String reason = "";
        List<LocalDateTime> proposals = new ArrayList<>();
    }

    private final TextField placeField = new TextField();
    private final TextArea reasonField = new TextArea();
    private final List<VisitProposal> proposals = new ArrayList<>();
    private final LocalDateTime earliest;

    VisitRequestQuestions(Answers answers, LocalDateTime earliest) {
        placeField.setLabel(getTranslation("visit.place"));
        placeField.setId("place");
        placeField.setHelperText(getTranslation("visit.placeHint"));
        placeField.setMaxLength(200);
        placeField.setValue(answers.place);
        var warning = new Paragraph(getTranslation("booking.details.topicWarning"));
        warning.addClassName("notice");
        warning.setId("reason-warning");
        reasonField.setLabel(getTranslation("visit.reason"));
        reasonField.setId("reason");
        reasonField.setValue(answers.reason);
        reasonField.setValueChangeMode(ValueChangeMode.EAGER);
        CharacterCount.limit(reasonField, VisitRequests.MAX_REASON);
        reasonField.getElement().setAttribute("aria-describedby", "reason-warning");
        add(placeField, warning, reasonField);
        this.earliest = earliest;
        for (int i = 0; i < 3; i++) {
            var proposal = new VisitProposal("proposal-" + (i + 1),
                    getTranslation("visit.proposal", i + 1) + (i == 0 ? "" : " " + getTranslation("form.optional")),
                    answers.proposals.size() > i ? answers.proposals.get(i) : null);
            proposals.add(proposal);
            add(proposal);
        }
    }

    /** Takes the answers into {@code answers}; lists what is missing in {@code errors} and says whether all is there. */
    boolean writeTo(Answers answers, ErrorSummary errors) {
        answers.place = placeField.getValue().strip();
        answers.reason = reasonField.getValue().strip();
        answers.proposals = new ArrayList<>(proposals.stream().map(VisitProposal::value).filter(Objects::nonNull).toList());
        if (answers.place.isEmpty()) {
            placeField.setInvalid(true);
            placeField.setErrorMessage(getTranslation("visit.error.place"));
            errors.add(getTranslation("visit.error.place"), placeField);
        }
        if (answers.reason.isEmpty()) {
            reasonField.setInvalid(true);
            reasonField.setErrorMessage(getTranslation("visit.error.reason"));
            errors.add(getTranslation("visit.error.reason"), reasonField);
        }
        for (int i = 0; i < proposals.size(); i++) {
            var proposal = proposals.get(i);
            proposal.clearMarks();
            var problem = i == 0 && proposal.isBlank() ? Optional.of("visit.error.proposal") : proposal.problem(earliest);
            int number = i + 1;
            problem.ifPresent(key -> {
                var message = getTranslation("visit.error.proposalNumbered", number, getTranslation(key));
                errors.add(message, proposal.mark(getTranslation(key)));
            });
        }
        return !errors.hasProblems();
    }
}
