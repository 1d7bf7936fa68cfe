package dk.borgerraadgiver.statistics;

import dk.borgerraadgiver.shared.AccentColour;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChartPaletteTest {

    @ParameterizedTest
    @ValueSource(strings = {"#0b4f8a", "#ffcc00", "#ffffff", "#808080", "#c8102e", "#00a651", "#000000"})
    void every_colour_has_contrast_against_the_page_and_the_colours_differ(String hex) {
        var accent = new AccentColour(hex);
        var palette = ChartPalette.from(accent);

        assertThat(palette.colours()).hasSize(8).doesNotHaveDuplicates();
        palette.colours().forEach(colour -> assertThat(ChartPalette.contrastAgainstWhite(colour))
                .as(colour + " from " + hex).isGreaterThanOrEqualTo(ChartPalette.MINIMUM_CONTRAST));
        assertThat(String.format("#%06x", palette.get(0).getRGB() & 0xffffff))
                .as("the first colour is the accent, darkened only as far as needed").isEqualTo(accent.nearestReadable().hex());
    }
}
