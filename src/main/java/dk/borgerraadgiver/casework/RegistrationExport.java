package dk.borgerraadgiver.casework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dk.borgerraadgiver.security.StaffScope;
import dk.borgerraadgiver.shared.StaffRoles;
import dk.borgerraadgiver.shared.CsvCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import dk.borgerraadgiver.organisation.MunicipalityDirectory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations of a municipality and period in the import format (CSV or XLSX), so that an export
 * imported into an empty installation gives the same statistics. Exports are audit-logged. Also the
 * empty templates, with one example row.
 */
@Service
@PreAuthorize(StaffRoles.STAFF)
public class RegistrationExport {

    private final JdbcTemplate jdbc;
    private final StaffScope scope;
    private final CaseAudit audit;

    private final ClassificationSchemes schemes;
    private final MunicipalityDirectory municipalities;
    private final MessageSource texts;
    private final java.time.Clock clock;

    RegistrationExport(JdbcTemplate jdbc, StaffScope scope, CaseAudit audit, ClassificationSchemes schemes,
                       MunicipalityDirectory municipalities, MessageSource texts, java.time.Clock clock) {
        this.schemes = schemes;
        this.municipalities = municipalities;
        this.texts = texts;
        this.clock = clock;
        this.jdbc = jdbc;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional
    public byte[] csv(long municipalityId, LocalDate from, LocalDate to) {
        scope.requireServes(municipalityId);
        audit.recordMunicipality(AuditAction.EXPORTED, municipalityId, "registrations " + from + "–" + to + " (CSV)");
        return csv(consumer -> rows(municipalityId, from, to, consumer));
    }

    @Transactional
    public byte[] xlsx(long municipalityId, LocalDate from, LocalDate to) {
        scope.requireServes(municipalityId);
        audit.recordMunicipality(AuditAction.EXPORTED, municipalityId, "registrations " + from + "–" + to + " (XLSX)");
        return xlsx(consumer -> rows(municipalityId, from, to, consumer));
    }

    /** The template for one municipality: its code, a real category and department in the example rows. */
    public byte[] templateCsv(long municipalityId) {
        return csv(example(municipalityId));
    }

    public byte[] templateXlsx(long municipalityId) {
        return xlsx(example(municipalityId));
    }

    /**
     * Every code a row of this municipality may use, with its meaning: categories and departments of
     * its own, and the fixed codes for channel, kind, reason, handling and criticism. Columns: field, code, meaning.
     */
    @Transactional(readOnly = true)
    public byte[] codeSheetCsv(long municipalityId, java.util.Locale locale) {
        scope.requireServes(municipalityId);
        var rows = new ArrayList<List<String>>();
        schemes.nodes(municipalityId).stream().filter(node -> node.leaf() && !node.retired())
                .forEach(node -> rows.add(List.of("kategori", node.code(), node.name(locale))));
        municipalities.departments(municipalityId).stream().filter(d -> d.active())
                .forEach(d -> rows.add(List.of("afdeling", d.code(), d.name())));
        enumRows(rows, "kanal", Channel.values(), "case.channel.", locale);
        enumRows(rows, "art", PointKind.values(), "case.kind.", locale);
        enumRows(rows, "grund", CannotHandleReason.values(), "case.reason.", locale);
        enumRows(rows, "behandling", Handling.values(), "case.handling.", locale);
        enumRows(rows, "kritik", CriticismLevel.values(), "case.criticism.", locale);
        rows.add(List.of("ingen_sagsbehandling", "ja", texts.getMessage("import.codes.noWork.yes", null, locale)));
        rows.add(List.of("ingen_sagsbehandling", "nej", texts.getMessage("import.codes.noWork.no", null, locale)));
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        var format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
            printer.printRecord("felt", "kode", "betydning");
            for (var row : rows) {
                printer.printRecord(row.stream().map(CsvCells::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void enumRows(List<List<String>> rows, String field, Enum<?>[] values, String keyPrefix, java.util.Locale locale) {
        for (var value : values) {
            rows.add(List.of(field, value.name(), texts.getMessage(keyPrefix + value.name(), null, value.name(), locale)));
        }
    }

    private Consumer<Consumer<List<String>>> example(long municipalityId) {
        scope.requireServes(municipalityId);
        var municipality = municipalities.findById(municipalityId).orElseThrow();
        var category = schemes.nodes(municipalityId).stream().filter(node -> node.leaf() && !node.retired())
                .map(CategoryNode::code).findFirst().orElse("");
        var department = municipalities.departments(municipalityId).stream().filter(d -> d.active())
                .map(d -> d.code()).findFirst().orElse("");
        var year = dk.borgerraadgiver.shared.PortalTime.today(clock).getYear();
        return rows -> {
            rows.accept(List.of(municipality.code(), year + "-0001", "", "03-02-" + year, "PHONE", "borger-0001", "COMPLAINT", "",
                    category, department, "DIALOGUE_FORWARDED", "", "", "nej", "04-02-" + year, "18-02-" + year, "12-02-" + year));
            rows.accept(List.of(municipality.code(), year + "-0002", year + "-0001", "03-02-" + year, "PHONE", "borger-0001",
                    "COMPLAINT", "", category, department, "MEETING", "", "", "nej", "", "", ""));
        };
    }

    private void rows(long municipalityId, LocalDate from, LocalDate to, Consumer<List<String>> out) {
        jdbc.query("select m.code as municipality, c.id as case_id, c.registered_on, c.channel, c.citizen_key, c.no_real_case_work, "
                        + "p.id as point_id, p.main, p.kind, p.cannot_handle_reason, cat.code as category, d.code as department, "
                        + "p.handling, p.statement_on, p.criticism_level, "
                        + "(select min(mp.id) from complaint_point mp where mp.case_id = c.id and mp.main) as main_point, "
                        + "f.forwarded_on, f.answer_deadline, f.answered_on "
                        + "from case_file c join municipality m on m.id = c.municipality_id "
                        + "left join complaint_point p on p.case_id = c.id "
                        + "left join classification_category cat on cat.id = p.category_id "
                        + "left join department d on d.id = p.department_id "
                        + "left join case_forward f on f.id = (select min(id) from case_forward ff where ff.case_id = c.id) "
                        + "where c.municipality_id = ? and c.registered_on between ? and ? "
                        + "order by c.id, p.main desc, p.id",
                new org.springframework.jdbc.core.RowCallbackHandler() {
                    private long unclassifiedMainOf = -1;

                    @Override
                    public void processRow(java.sql.ResultSet rs) throws java.sql.SQLException {
                        var caseId = rs.getLong("case_id");
                        var pointId = (Long) rs.getObject("point_id", Long.class);
                        var mainPoint = (Long) rs.getObject("main_point", Long.class);
                        // A case whose main row was imported without a kind has follow-ups but no main
                        // point: it gets an unclassified main row of its own, which they point to.
                        if (pointId != null && mainPoint == null && unclassifiedMainOf != caseId) {
                            unclassifiedMainOf = caseId;
                            out.accept(row(rs, "C" + caseId, "", false, true));
                        }
                        boolean main = pointId == null || rs.getBoolean("main") && pointId.equals(mainPoint);
                        var parent = main ? "" : mainPoint == null ? "C" + caseId : "P" + mainPoint;
                        out.accept(row(rs, pointId == null ? "C" + caseId : "P" + pointId, parent, true, main));
                    }
                }, municipalityId, Date.valueOf(from), Date.valueOf(to));
    }

    /** One row: the point's classification, or (without {@code classified}) an unclassified main row of the case. */
    private static List<String> row(java.sql.ResultSet rs, String rowKey, String parent, boolean classified, boolean main)
            throws java.sql.SQLException {
        var row = new ArrayList<String>();
        row.add(rs.getString("municipality"));
        row.add(rowKey);
        row.add(parent);
        row.add(rs.getDate("registered_on").toLocalDate().toString());
        row.add(rs.getString("channel"));
        row.add(rs.getString("citizen_key"));
        row.add(classified ? text(rs.getString("kind")) : "");
        row.add(classified ? text(rs.getString("cannot_handle_reason")) : "");
        row.add(classified ? text(rs.getString("category")) : "");
        row.add(classified ? text(rs.getString("department")) : "");
        row.add(classified ? text(rs.getString("handling")) : "");
        row.add(classified ? date(rs.getDate("statement_on")) : "");
        row.add(classified ? text(rs.getString("criticism_level")) : "");
        row.add(rs.getBoolean("no_real_case_work") ? "ja" : "nej");
        row.add(main ? date(rs.getDate("forwarded_on")) : "");
        row.add(main ? date(rs.getDate("answer_deadline")) : "");
        row.add(main ? date(rs.getDate("answered_on")) : "");
        return row;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static String date(@Nullable Date value) {
        return value == null ? "" : value.toLocalDate().toString();
    }

    private static byte[] csv(Consumer<Consumer<List<String>>> source) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        var format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
            printer.printRecord(RegistrationFormat.COLUMNS);
            source.accept(row -> {
                try {
                    printer.printRecord(row.stream().map(CsvCells::safe).toList());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(Consumer<Consumer<List<String>>> source) {
        try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("registreringer");
            var header = sheet.createRow(0);
            for (int c = 0; c < RegistrationFormat.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(RegistrationFormat.COLUMNS.get(c));
            }
            int[] next = {1};
            source.accept(values -> {
                var row = sheet.createRow(next[0]++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            });
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
