package dk.borgerraadgiver.statistics;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import dk.borgerraadgiver.shared.AccentColour;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChartsTest {

    @Test
    void the_chart_for_the_page_is_well_formed_svg_that_names_its_font() throws Exception {
        var rows = List.of(new ReportTable.Row("3. kvt. 2026", List.of(new ReportTable.Cell(0, null)), false),
                new ReportTable.Row("4. kvt. 2026", List.of(new ReportTable.Cell(1, null)), false));
        var table = new ReportTable("q", "Henvendelser", "regel", List.of("Antal"), List.of(false), rows, ReportTable.ChartKind.BAR);

        var svg = new ReportCharts().svg(table, ChartPalette.from(AccentColour.PORTAL_BLUE), 520, 200).orElseThrow();

        // A browser shows nothing of an SVG that is not well-formed XML (a quote inside a quoted attribute).
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).contains("Liberation Sans").contains("4. kvt. 2026");
    }

    @Test
    void a_bar_is_labelled_with_the_categorys_own_name_and_a_plain_label_stays_whole() {
        assertThat(ReportCharts.barLabel("4 Klager over sagsbehandling › Sagsbehandlingstid")).isEqualTo("Sagsbehandlingstid");
        assertThat(ReportCharts.barLabel("God forvaltningsskik › Sagsbehandlingstid/manglende svar"))
                .isEqualTo("Sagsbehandlingstid/ manglende svar");
        assertThat(ReportCharts.barLabel("Dialogbaseret hjælp")).isEqualTo("Dialogbaseret hjælp");
    }
}
