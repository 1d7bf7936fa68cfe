package dk.borgerraadgiver.shared;

import java.util.regex.Pattern;

/**
 * A municipality's accent colour, as {@code #rrggbb}. Text and focus rings are drawn in it on white,
 * so a colour with less than WCAG's 4.5:1 contrast against white is replaced by the portal's own blue.
 */
public record AccentColour(String hex) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final AccentColour PORTAL_BLUE = new AccentColour("#0b4f8a");
    private static final double MINIMUM_CONTRAST = 4.5;

    public AccentColour {
        if (hex == null || hex.length() != 7 || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("An accent colour is written #rrggbb");
        }
        hex = hex.toLowerCase();
    }

    /** WCAG 2.1 contrast ratio of this colour against white, 1 to 21. */
    public double contrastAgainstWhite() {
        return 1.05 / (relativeLuminance() + 0.05);
    }

    /** This colour if text in it is readable on white, otherwise the portal's blue. */
    public AccentColour readableOnWhite() {
        return contrastAgainstWhite() >= MINIMUM_CONTRAST ? this : PORTAL_BLUE;
    }

    public boolean isReadableOnWhite() {
        return contrastAgainstWhite() >= MINIMUM_CONTRAST;
    }

    /**
     * The nearest shade of this colour that is readable on white: the same hue, darkened step by step
     * until it reaches 4.5:1; the colour itself when it already does.
     */
    public AccentColour nearestReadable() {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        for (int percent = 100; percent >= 0; percent--) {
            var shade = new AccentColour(String.format("#%02x%02x%02x", (rgb >> 16 & 0xff) * percent / 100,
                    (rgb >> 8 & 0xff) * percent / 100, (rgb & 0xff) * percent / 100));
            if (shade.isReadableOnWhite()) {
                return shade;
            }
        }
        return PORTAL_BLUE;
    }

    private double relativeLuminance() {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
