package dk.borgerraadgiver.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChartsTest {

    @Test
    void a_bar_is_labelled_with_the_categorys_own_name_and_a_plain_label_stays_whole() {
        assertThat(ReportCharts.barLabel("4 Klager over sagsbehandling › Sagsbehandlingstid")).isEqualTo("Sagsbehandlingstid");
        assertThat(ReportCharts.barLabel("God forvaltningsskik › Sagsbehandlingstid/manglende svar"))
                .isEqualTo("Sagsbehandlingstid/ manglende svar");
        assertThat(ReportCharts.barLabel("Dialogbaseret hjælp")).isEqualTo("Dialogbaseret hjælp");
    }
}
