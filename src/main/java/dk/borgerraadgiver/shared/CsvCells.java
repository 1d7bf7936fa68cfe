package dk.borgerraadgiver.shared;

/**
 * CSV cells that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab
 * or carriage return first) are written with a leading apostrophe, as OWASP advises against CSV
 * injection, and read back without it, so an export still imports as it was.
 */
public final class CsvCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvCells() {
    }

    /** The cell as it may be written to a file someone opens in a spreadsheet. */
    public static String safe(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** The cell as it was before {@link #safe(String)}. */
    public static String unsafe(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0
                ? value.substring(1) : value;
    }
}
