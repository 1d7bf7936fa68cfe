package dk.borgerraadgiver.inquiry;

import java.time.LocalDate;

import dk.borgerraadgiver.inquiry.Screening.Guidance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScreeningTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void a_complaint_the_department_has_answered_needs_no_guidance() {
        assertThat(Screening.nothingToSay().guidance(12, TODAY)).isEmpty();
    }

    @Test
    void department_not_asked_first_explains_the_dialogue_principle() {
        var screening = new Screening(Answer.NO, true, null, false, false, false, false);
        assertThat(screening.guidance(12, TODAY)).containsExactly(Guidance.DIALOGUE_PRINCIPLE);
        assertThat(new Screening(Answer.UNSURE, false, null, false, false, false, false).guidance(12, TODAY))
                .containsExactly(Guidance.DIALOGUE_PRINCIPLE);
    }

    @Test
    void a_matter_older_than_the_municipalitys_limit_is_flagged_never_blocked() {
        var sevenMonths = new Screening(Answer.YES, false, TODAY.minusMonths(7), false, false, false, false);
        assertThat(sevenMonths.guidance(6, TODAY)).containsExactly(Guidance.TOO_OLD);
        assertThat(sevenMonths.guidance(12, TODAY)).isEmpty();
    }

    @Test
    void each_matter_outside_the_advisors_competence_says_where_to_go() {
        assertThat(new Screening(Answer.YES, false, null, true, false, false, false).guidance(12, TODAY))
                .containsExactly(Guidance.APPEAL_BODY);
        assertThat(Guidance.APPEAL_BODY.link()).contains("ast.dk");
        assertThat(new Screening(Answer.YES, false, null, false, true, false, false).guidance(12, TODAY))
                .containsExactly(Guidance.POLITICAL);
        assertThat(new Screening(Answer.YES, false, null, false, false, true, false).guidance(12, TODAY))
                .containsExactly(Guidance.STAFF_MATTER);
        assertThat(new Screening(Answer.YES, false, null, false, false, false, true).guidance(12, TODAY))
                .containsExactly(Guidance.OTHER_AUTHORITY);
        assertThat(Guidance.OTHER_AUTHORITY.link()).contains("ombudsmanden.dk");
    }
}
