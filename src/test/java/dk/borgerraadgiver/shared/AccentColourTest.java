package dk.borgerraadgiver.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class AccentColourTest {

    @Test
    void contrast_follows_wcag_formula() {
        assertThat(new AccentColour("#000000").contrastAgainstWhite()).isCloseTo(21.0, within(0.01));
        assertThat(new AccentColour("#ffffff").contrastAgainstWhite()).isCloseTo(1.0, within(0.01));
        assertThat(new AccentColour("#767676").contrastAgainstWhite()).isCloseTo(4.54, within(0.01));
    }

    @Test
    void readable_colour_is_kept_and_pale_colour_replaced() {
        assertThat(new AccentColour("#7A1F3D").readableOnWhite()).isEqualTo(new AccentColour("#7a1f3d"));
        assertThat(new AccentColour("#ffd700").readableOnWhite()).isEqualTo(AccentColour.PORTAL_BLUE);
        assertThat(AccentColour.PORTAL_BLUE.contrastAgainstWhite()).isGreaterThan(4.5);
    }

    @Test
    void malformed_colour_is_refused_without_echoing_it() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AccentColour("red"))
                .withMessageNotContaining("red");
        assertThatIllegalArgumentException().isThrownBy(() -> new AccentColour("#12345g"));
        assertThatIllegalArgumentException().isThrownBy(() -> new AccentColour(null));
    }
}
