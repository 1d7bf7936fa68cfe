package dk.borgerraadgiver.casework;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import dk.borgerraadgiver.casework.internal.ImportedRow;
import dk.borgerraadgiver.organisation.MunicipalitySummary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The import's row check on its own, with its look-ups in memory: no database, no Spring. */
class RegistrationRowCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final MunicipalitySummary STEVNS = new MunicipalitySummary(1, "336", "stevns", "Stevns Kommune");
    private static final MunicipalitySummary ISHOJ = new MunicipalitySummary(2, "183", "ishoj", "Ishøj Kommune");

    /** Stevns is served and categorises every kind; Ishøj is not served; row "old" was imported before. */
    private static final RegistrationRowCheck.Codes CODES = new RegistrationRowCheck.Codes() {
        @Override
        public @Nullable MunicipalitySummary municipality(String code) {
            return Map.of("336", STEVNS, "183", ISHOJ).get(code);
        }

        @Override
        public boolean serves(long municipalityId) {
            return municipalityId == STEVNS.id();
        }

        @Override
        public Map<String, CategoryNode> categories(long municipalityId) {
            return Map.of("4", new CategoryNode(40, null, "4", "Klager over sagsbehandling", "Complaints", false, false),
                    "4.1", new CategoryNode(41, 40L, "4.1", "Sagsbehandlingstid", "Processing time", false, true),
                    "1", new CategoryNode(10, null, "1", "Vejvisning", "Signposting", false, true));
        }

        @Override
        public Map<String, Long> departments(long municipalityId) {
            return Map.of("SO", 7L);
        }

        @Override
        public boolean categorisesAllKinds(long municipalityId) {
            return true;
        }

        @Override
        public Set<String> importedKeys(long municipalityId) {
            return Set.of("old");
        }

        @Override
        public String citizenKey(String identifier) {
            return "key-of-" + identifier;
        }
    };

    @Test
    void good_rows_become_cases_and_points_and_go_to_the_writer() {
        var written = new ArrayList<ImportedRow>();
        var check = check(written,
                "336;a;;03-02-2026;PHONE;borger-1;COMPLAINT;;4.1;SO;DIALOGUE_FORWARDED;;;nej;03-02-2026;17-02-2026;",
                "336;a2;a;03-02-2026;PHONE;;SIGNPOSTING;;1;SO;;;;nej;;;",
                "336;b;;2026-02-10;LIBRARY_DROP_IN;borger-2;;;;;;;;ja;;;");

        var result = check.result(false);

        assertThat(result.problems()).isEmpty();
        assertThat(result.cases()).isEqualTo(2);
        assertThat(result.points()).isEqualTo(2);
        assertThat(written).extracting(ImportedRow::rowKey).containsExactly("a", "a2", "b");
        assertThat(written.getFirst().citizenKey()).isEqualTo("key-of-borger-1");
        assertThat(written.getFirst().categoryId()).isEqualTo(41L);
        assertThat(written.get(1).mainKey()).isEqualTo("a");
    }

    @Test
    void each_problem_is_named_by_row_and_column_and_a_bad_row_is_not_written() {
        var written = new ArrayList<ImportedRow>();
        var check = check(written,
                "183;x;;03-02-2026;PHONE;c;GUIDANCE;;1;SO;;;;nej;;;",
                "336;y;;03-02-2027;PHONE;c;GUIDANCE;;1;SO;;;;nej;;;",
                "336;z;;03-02-2026;PHONE;c;GUIDANCE;;4;SO;;;;nej;;;",
                "336;w;;03-02-2026;PHONE;c;GUIDANCE;;;SO;;;;nej;;;",
                "336;v;missing;03-02-2026;PHONE;c;GUIDANCE;;1;SO;;;;nej;;;");

        assertThat(check.result(false).problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
                .containsExactly(
                        "2:kommune:import.error.notServed",
                        "3:dato:import.error.future",
                        "4:kategori:import.error.category",
                        "5:kategori:import.error.missing.CATEGORY_MISSING",
                        "6:hovedraekke:import.error.noMain");
        assertThat(written).isEmpty();
    }

    @Test
    void a_row_imported_before_is_skipped_with_its_follow_ups() {
        var written = new ArrayList<ImportedRow>();
        var check = check(written,
                "336;old;;03-02-2026;PHONE;c;GUIDANCE;;1;SO;;;;nej;;;",
                "336;old-2;old;03-02-2026;PHONE;;GUIDANCE;;1;SO;;;;nej;;;");

        assertThat(check.result(false).alreadyImported()).isEqualTo(2);
        assertThat(written).isEmpty();
    }

    @Test
    void questionable_rows_are_warned_about_and_still_imported() {
        var written = new ArrayList<ImportedRow>();
        var check = check(written,
                "336;m;;10-02-2026;PHONE;borger-1;COMPLAINT;;4.1;SO;DIALOGUE_INFORMAL;12-02-2026;UNFORTUNATE;nej;11-02-2026;09-02-2026;05-02-2026",
                "336;f1;m;01-02-2026;PHONE;borger-2;SIGNPOSTING;;1;SO;;;;ja;;;",
                "336;g;;10-02-2026;PHONE;borger-3;SIGNPOSTING;;1;SO;;;;nej;;;");

        var result = check.result(false);

        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).extracting(w -> w.row() + ":" + w.column() + ":" + w.messageKey()).containsExactly(
                "2:besvaret:import.warning.answerBeforeForward",
                "2:svarfrist:import.warning.deadlineBeforeForward",
                "2:udtalelse:import.warning.statementOnInformal",
                "3:dato:import.warning.followUpBeforeMain",
                "3:borgernoegle:import.warning.otherCitizen",
                "3:ingen_sagsbehandling:import.warning.noWorkUnderWork");
        assertThat(written).extracting(ImportedRow::rowKey).containsExactly("m", "f1", "g");
    }

    private static RegistrationRowCheck check(ArrayList<ImportedRow> written, String... rows) {
        var check = new RegistrationRowCheck(CODES, TODAY);
        var csv = String.join(";", RegistrationFormat.COLUMNS) + "\n" + String.join("\n", rows);
        RegistrationFormat.readCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                line -> check.row(line, written::add));
        return check;
    }
}
