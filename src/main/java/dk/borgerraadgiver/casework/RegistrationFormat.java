package dk.borgerraadgiver.casework;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dk.borgerraadgiver.shared.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import java.util.Locale;

/**
 * The one documented file format for registrations (README, "Import and export"): one row per
 * complaint point or other-inquiry point, codes rather than names, the main row first and its
 * follow-up rows pointing at it. CSV (UTF-8, ';' or ',') and XLSX are both read as streams, so a file
 * of 100,000 rows never sits in memory.
 */
public final class RegistrationFormat {

    /** The columns, in order, as they appear in the header. */
    public static final List<String> COLUMNS = List.of("kommune", "raekke", "hovedraekke", "dato", "kanal", "borgernoegle",
            "art", "grund", "kategori", "afdeling", "behandling", "udtalelse", "kritik", "ingen_sagsbehandling",
            "videresendt", "svarfrist", "besvaret");

    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private RegistrationFormat() {
    }

    /** One data row by column name, with its 1-based row number in the file (the header is row 1). */
    public record Line(int number, Map<String, String> values) {

        public String get(String column) {
            var value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** Streams the data rows of a CSV file to the consumer; returns the missing header columns, if any. */
    public static List<String> readCsv(InputStream in, Consumer<Line> rows) {
        try (var buffered = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            buffered.mark(1);
            if (buffered.read() != '\uFEFF') {
                buffered.reset();
            }
            buffered.mark(65536);
            var headerLine = buffered.readLine();
            if (headerLine == null) {
                return COLUMNS;
            }
            buffered.reset();
            char delimiter = headerLine.chars().filter(c -> c == ';').count() >= headerLine.chars().filter(c -> c == ',').count()
                    ? ';' : ',';
            var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            try (var parser = CSVParser.parse(buffered, format)) {
                var missing = missing(parser.getHeaderNames());
                if (!missing.isEmpty()) {
                    return missing;
                }
                for (var record : parser) {
                    var values = new LinkedHashMap<String, String>();
                    for (var column : COLUMNS) {
                        values.put(column, record.isMapped(column) && record.isSet(column) ? CsvCells.unsafe(record.get(column)) : "");
                    }
                    rows.accept(new Line((int) record.getRecordNumber() + 1, values));
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams the rows of the first sheet of an XLSX file the same way, through POI's event reader: one
     * row at a time, so a workbook of 100,000 rows is never built in memory. Cells formatted as dates
     * arrive as ISO dates.
     */
    public static List<String> readXlsx(Path file, Consumer<Line> rows) {
        try (var workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(workbook);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return COLUMNS;
            }
            var sheetRows = new SheetRows(rows);
            try (var sheet = sheets.next()) {
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), sheetRows, new IsoDateFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
            return sheetRows.missing == null ? COLUMNS : sheetRows.missing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new UnreadableFileException(e);
        }
    }

    /** The file is not a workbook POI can read. */
    public static class UnreadableFileException extends RuntimeException {
        UnreadableFileException(Exception cause) {
            super("Not a readable XLSX file", cause);
        }
    }

    /** The first row names the columns; every later non-empty row becomes a {@link Line}. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<Line> rows;
        private final Map<Integer, String> names = new HashMap<>();
        private @Nullable List<String> missing;
        private @Nullable Map<String, String> values;

        SheetRows(Consumer<Line> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            values = new LinkedHashMap<>();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            var value = formattedValue == null ? "" : formattedValue.strip();
            if (missing == null) {
                names.put(column, value);
            } else if (values != null && names.containsKey(column) && !value.isEmpty()) {
                values.put(names.get(column), value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (missing == null) {
                missing = missing(List.copyOf(names.values()));
            } else if (missing.isEmpty() && values != null && !values.isEmpty()) {
                rows.accept(new Line(rowNum + 1, values));
            }
            values = null;
        }
    }

    /** Formats cells as Excel shows them, except dates, which become yyyy-mm-dd whatever their format. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static List<String> missing(List<String> header) {
        return COLUMNS.stream().filter(c -> !header.contains(c)).toList();
    }

    /** A date as dd-mm-yyyy (Danish) or yyyy-mm-dd (ISO); null when blank; throws when not a date. */
    public static @Nullable LocalDate date(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return value.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(value) : LocalDate.parse(value, DANISH);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a date");
        }
    }

    /** "ja"/"nej" (also yes/no, true/false, 1/0); blank is no. */
    public static boolean flag(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "ja", "yes", "true", "1", "x" -> true;
            case "", "nej", "no", "false", "0" -> false;
            default -> throw new IllegalArgumentException("Not yes or no");
        };
    }
}
