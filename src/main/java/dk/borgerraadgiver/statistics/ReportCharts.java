package dk.borgerraadgiver.statistics;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.svg.SVGGraphics2D;
import org.springframework.stereotype.Component;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;

/**
 * The charts beside the tables, drawn once with JFreeChart and rendered as SVG for the page and
 * straight into the PDF, so both show the same picture. Colours come from the municipality's accent
 * ({@link ChartPalette}) and are told apart by labels too, never by colour alone.
 */
@Component
public class ReportCharts {

    private static final Font FONT = ReportFonts.CHART;

    public Optional<JFreeChart> chart(ReportTable table, ChartPalette palette) {
        return switch (table.chart()) {
            case NONE -> Optional.empty();
            case BAR -> Optional.of(bar(table, palette));
            case PIE -> Optional.of(pie(table, palette));
        };
    }

    /** The chart as an SVG document, or empty for a table without a chart. */
    public Optional<String> svg(ReportTable table, ChartPalette palette, int width, int height) {
        return chart(table, palette).map(chart -> {
            var svg = new SVGGraphics2D(width, height);
            // The face the chart was measured in, then the nearest a browser has (Arial has the same widths).
            // JFreeSVG writes attributes in single quotes, so the family name is quoted with double ones.
            svg.setFontFunction(family -> "\"" + family + "\", Arial, Helvetica, sans-serif");
            chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
            return svg.getSVGDocument();
        });
    }

    public void draw(ReportTable table, ChartPalette palette, Graphics2D graphics, Rectangle2D area) {
        chart(table, palette).ifPresent(chart -> chart.draw(graphics, area));
    }

    /** What the chart shows, in words, for those who cannot see it. */
    public String textAlternative(ReportTable table) {
        return table.title() + ": " + table.rows().stream().filter(r -> !r.total())
                .map(r -> r.label() + " " + r.cells().getFirst().count()
                        + (table.columns().size() > 1 && table.isPercent(1) ? " (" + r.cells().get(1).count() + " %)" : ""))
                .collect(Collectors.joining(", "));
    }

    private JFreeChart bar(ReportTable table, ChartPalette palette) {
        var data = new DefaultCategoryDataset();
        var rows = table.rows().stream().filter(r -> !r.total()).toList();
        // Short names only when they stay apart ("Andet" may sit in two groups): a bar is never merged with another.
        boolean shortNames = rows.stream().map(r -> barLabel(r.label())).distinct().count() == rows.size();
        rows.forEach(r -> data.addValue(r.cells().getFirst().value(), table.columns().getFirst(),
                shortNames ? barLabel(r.label()) : r.label()));
        var chart = new JFreeChart(null, FONT, new CategoryPlot(), false);
        var plot = (CategoryPlot) chart.getPlot();
        plot.setDataset(data);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        var domain = new CategoryAxis();
        domain.setTickLabelFont(FONT);
        // Labels wrap onto up to three lines in up to 40 % of the width instead of being cut off.
        domain.setMaximumCategoryLabelLines(3);
        domain.setMaximumCategoryLabelWidthRatio(0.4f);
        domain.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        plot.setDomainAxis(domain);
        var range = new NumberAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setTickLabelFont(FONT);
        // Room past the longest bar for its value.
        range.setUpperMargin(0.15);
        plot.setRangeAxis(range);
        var renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, palette.get(0));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelFont(FONT);
        // The value just past the end of its bar, never floating between bars.
        renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        renderer.setMaximumBarWidth(0.08);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xc9d1d9));
        plot.setOutlineVisible(false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * A bar's label: the category's own name without its group ("4 Klager over sagsbehandling ›
     * Sagsbehandlingstid" → "Sagsbehandlingstid"), which may wrap after a slash; the table beside it
     * keeps the whole name.
     */
    static String barLabel(String label) {
        int arrow = label.lastIndexOf('›');
        // A slash is a place to wrap ("inddragelse/ vejledning/ koordinering"), so no word is broken.
        return (arrow < 0 ? label : label.substring(arrow + 1).strip()).replace("/", "/ ");
    }

    private JFreeChart pie(ReportTable table, ChartPalette palette) {
        var data = new DefaultPieDataset<String>();
        table.rows().stream().filter(r -> !r.total() && r.cells().getFirst().count() > 0)
                .forEach(r -> data.setValue(r.label(), r.cells().getFirst().value()));
        var plot = new PiePlot<>(data);
        int i = 0;
        for (var key : data.getKeys()) {
            plot.setSectionPaint(key, palette.get(i++));
        }
        plot.setLabelFont(FONT);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})"));
        // Plain labels joined to their slice by a line: no yellow boxes.
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(1f));
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setShadowPaint(null);
        var chart = new JFreeChart(null, FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
