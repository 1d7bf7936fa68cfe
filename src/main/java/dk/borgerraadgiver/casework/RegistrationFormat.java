package dk.borgerraadgiver.casework;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The one documented file format for registrations (README, "Import and export"): one row per
 * complaint point or other-inquiry point, codes rather than names, the main row first and its
 * follow-up rows pointing at it. CSV (UTF-8, ';' or ',') is read as a stream, so a file of 100,000
 * rows never sits in memory; XLSX is read as a workbook (for the sizes spreadsheets are kept at).
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
                        values.put(column, record.isMapped(column) && record.isSet(column) ? record.get(column) : "");
                    }
                    rows.accept(new Line((int) record.getRecordNumber() + 1, values));
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the first sheet of an XLSX workbook the same way. */
    public static List<String> readXlsx(InputStream in, Consumer<Line> rows) {
        try (var workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter();
            Iterator<org.apache.poi.ss.usermodel.Row> iterator = sheet.iterator();
            if (!iterator.hasNext()) {
                return COLUMNS;
            }
            var header = iterator.next();
            var names = new ArrayList<String>();
            header.forEach(cell -> names.add(formatter.formatCellValue(cell).strip()));
            var missing = missing(names);
            if (!missing.isEmpty()) {
                return missing;
            }
            while (iterator.hasNext()) {
                var row = iterator.next();
                var values = new LinkedHashMap<String, String>();
                boolean empty = true;
                for (int c = 0; c < names.size(); c++) {
                    var cell = row.getCell(c);
                    String value = "";
                    if (cell != null) {
                        value = cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)
                                ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                                : formatter.formatCellValue(cell).strip();
                    }
                    empty &= value.isEmpty();
                    values.put(names.get(c), value);
                }
                if (!empty) {
                    rows.accept(new Line(row.getRowNum() + 1, values));
                }
            }
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "ja", "yes", "true", "1", "x" -> true;
            case "", "nej", "no", "false", "0" -> false;
            default -> throw new IllegalArgumentException("Not yes or no");
        };
    }
}
