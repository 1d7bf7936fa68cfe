package dk.borgerraadgiver.statistics;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import dk.borgerraadgiver.shared.AccentColour;

/**
 * The chart colours of one municipality: one calm family around its accent colour. The first colour
 * is the accent itself (darkened until readable); the others turn its hue a little each way and are
 * darkened the same way, so every colour has at least {@value #MINIMUM_CONTRAST}:1 against the white
 * page and white text on it is readable. Slices are also told apart by their labels and white edges,
 * never by colour alone.
 */
public record ChartPalette(List<Color> colours) {

    static final double MINIMUM_CONTRAST = 4.5;
    /** Hue turns in degrees from the accent: near neighbours first, so small charts stay close to the accent. */
    private static final float[] TURNS = {0, 40, -40, 80, -80, 160, 120, -120};

    public ChartPalette {
        colours = List.copyOf(colours);
    }

    public static ChartPalette from(AccentColour accent) {
        var base = accent.nearestReadable();
        int rgb = Integer.parseInt(base.hex().substring(1), 16);
        float[] hsb = Color.RGBtoHSB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff, null);
        // A grey accent gives grey neighbours; some colour keeps the slices apart.
        float saturation = Math.max(hsb[1], 0.45f);
        var colours = new ArrayList<Color>();
        colours.add(new Color(rgb));
        for (int i = 1; i < TURNS.length; i++) {
            float hue = hsb[0] + TURNS[i] / 360f;
            colours.add(readable(Color.getHSBColor(hue - (float) Math.floor(hue), saturation, Math.clamp(hsb[2], 0.5f, 0.75f))));
        }
        return new ChartPalette(colours);
    }

    public Color get(int index) {
        return colours.get(index % colours.size());
    }

    /** WCAG 2.1 contrast of a colour against white. */
    static double contrastAgainstWhite(Color colour) {
        return new AccentColour(hex(colour)).contrastAgainstWhite();
    }

    private static Color readable(Color colour) {
        return new Color(Integer.parseInt(new AccentColour(hex(colour)).nearestReadable().hex().substring(1), 16));
    }

    private static String hex(Color colour) {
        return String.format("#%02x%02x%02x", colour.getRed(), colour.getGreen(), colour.getBlue());
    }
}
