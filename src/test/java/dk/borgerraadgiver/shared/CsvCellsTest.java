package dk.borgerraadgiver.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {

    @Test
    void a_cell_a_spreadsheet_would_run_is_written_as_text_and_read_back_as_it_was() {
        for (var formula : new String[]{"=HYPERLINK(\"https://evil.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tx"}) {
            assertThat(CsvCells.safe(formula)).startsWith("'");
            assertThat(CsvCells.unsafe(CsvCells.safe(formula))).isEqualTo(formula);
        }
        assertThat(CsvCells.safe("Center for Børn og Unge")).isEqualTo("Center for Børn og Unge");
        assertThat(CsvCells.safe("2025-02-03")).isEqualTo("2025-02-03");
        assertThat(CsvCells.unsafe("'tekst med apostrof")).isEqualTo("'tekst med apostrof");
    }
}
