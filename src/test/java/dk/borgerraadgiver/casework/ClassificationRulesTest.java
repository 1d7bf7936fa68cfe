package dk.borgerraadgiver.casework;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationRulesTest {

    private static final long CATEGORY = 7L;
    private static final long DEPARTMENT = 3L;

    @Test
    void a_complete_complaint_with_one_main_point_may_close() {
        var points = List.of(PointClassification.of(true, PointKind.COMPLAINT, CATEGORY, DEPARTMENT, Handling.MEETING),
                PointClassification.of(false, PointKind.GUIDANCE, null, DEPARTMENT, null));

        assertThat(ClassificationRules.problemsBeforeClosing(false, points, false)).isEmpty();
    }

    @Test
    void closing_needs_a_main_point() {
        var points = List.of(PointClassification.of(false, PointKind.COMPLAINT, CATEGORY, DEPARTMENT, Handling.MEETING));

        assertThat(ClassificationRules.problemsBeforeClosing(false, points, false)).containsExactly(ClosingProblem.NO_MAIN_POINT);
        assertThat(ClassificationRules.problemsBeforeClosing(false, List.of(), false)).containsExactly(ClosingProblem.NO_MAIN_POINT);
    }

    @Test
    void closing_refuses_two_main_points() {
        var point = PointClassification.of(true, PointKind.COMPLAINT, CATEGORY, DEPARTMENT, Handling.MEETING);

        assertThat(ClassificationRules.problemsBeforeClosing(false, List.of(point, point), false))
                .containsExactly(ClosingProblem.SEVERAL_MAIN_POINTS);
    }

    @Test
    void closing_needs_department_category_and_handling_of_a_complaint() {
        var points = List.of(PointClassification.of(true, PointKind.COMPLAINT, null, null, null));

        assertThat(ClassificationRules.problemsBeforeClosing(false, points, false)).containsExactlyInAnyOrder(
                ClosingProblem.DEPARTMENT_MISSING, ClosingProblem.CATEGORY_MISSING, ClosingProblem.HANDLING_MISSING);
    }

    @Test
    void other_inquiries_need_a_category_only_when_the_scheme_categorises_every_kind() {
        var points = List.of(PointClassification.of(true, PointKind.SIGNPOSTING, null, DEPARTMENT, null));

        assertThat(ClassificationRules.problemsBeforeClosing(false, points, false)).isEmpty();
        assertThat(ClassificationRules.problemsBeforeClosing(false, points, true)).containsExactly(ClosingProblem.CATEGORY_MISSING);
    }

    @Test
    void cannot_be_handled_needs_its_reason_and_an_investigation_its_statement_date() {
        var cannot = PointClassification.of(true, PointKind.CANNOT_HANDLE, null, DEPARTMENT, null);
        var investigation = PointClassification.of(false, PointKind.COMPLAINT, CATEGORY, DEPARTMENT, Handling.INVESTIGATION);

        assertThat(ClassificationRules.problemsBeforeClosing(false, List.of(cannot, investigation), false))
                .containsExactlyInAnyOrder(ClosingProblem.REASON_MISSING, ClosingProblem.STATEMENT_DATE_MISSING);

        var withReason = new PointClassification(true, PointKind.CANNOT_HANDLE, CannotHandleReason.POLITICAL, null, DEPARTMENT,
                null, null, null, null, null);
        var withStatement = new PointClassification(false, PointKind.COMPLAINT, null, CATEGORY, DEPARTMENT,
                Handling.INVESTIGATION, LocalDate.of(2026, 3, 1), CriticismLevel.CENSURABLE, null, true);
        assertThat(ClassificationRules.problemsBeforeClosing(false, List.of(withReason, withStatement), false)).isEmpty();
    }

    @Test
    void no_real_case_work_closes_without_classification_and_is_not_counted() {
        assertThat(ClassificationRules.problemsBeforeClosing(true, List.of(), true)).isEmpty();
        assertThat(ClassificationRules.counted(true)).isFalse();
        assertThat(ClassificationRules.counted(false)).isTrue();
    }

    @Test
    void a_reminder_becomes_a_follow_up_complaint_about_the_forwarded_department() {
        var main = PointClassification.of(true, PointKind.COMPLAINT, CATEGORY, 99L, Handling.DIALOGUE_FORWARDED);

        var reminder = ClassificationRules.reminderPoint(main, DEPARTMENT, 42L);

        assertThat(reminder.main()).isFalse();
        assertThat(reminder.kind()).isEqualTo(PointKind.COMPLAINT);
        assertThat(reminder.categoryId()).isEqualTo(42L);
        assertThat(reminder.departmentId()).isEqualTo(DEPARTMENT);
        assertThat(reminder.handling()).isEqualTo(Handling.DIALOGUE_FORWARDED);
        assertThat(ClassificationRules.reminderPoint(main, DEPARTMENT, null).categoryId())
                .as("without a reminder category the main point's category is used").isEqualTo(CATEGORY);
    }
}
