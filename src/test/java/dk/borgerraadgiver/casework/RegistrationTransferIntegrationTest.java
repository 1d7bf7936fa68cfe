package dk.borgerraadgiver.casework;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.statistics.ReportPeriod;
import dk.borgerraadgiver.statistics.ReportTable;
import dk.borgerraadgiver.statistics.StatisticsReports;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Registrations leave as a file and come back as the same statistics; a file with one bad row imports nothing. */
@PortalIntegrationTest
class RegistrationTransferIntegrationTest {

    @Autowired
    TestMunicipalities testMunicipalities;

    private static final String[][] CENTRES = {{"VEL", "Velfærd"}, {"BOR", "Børn"}, {"TEK", "Teknik"}};

    @Autowired
    ContactRegistration registration;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CaseReader caseReader;
    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    RegistrationExport export;
    @Autowired
    RegistrationImport importer;
    @Autowired
    StatisticsReports reports;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path temp;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    @Test
    void the_template_is_made_for_the_municipality_and_imports_cleanly_and_the_code_sheet_lists_its_codes() throws Exception {
        long municipality = testMunicipalities.create("977", "template-own", "Skabelonens Kommune", CENTRES);
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");

        var template = temp.resolve("skabelon.csv");
        Files.write(template, export.templateCsv(municipality));
        var dry = importer.dryRun(template, RegistrationImport.FileType.CSV);
        assertThat(dry.problems()).isEmpty();
        assertThat(dry.cases()).isEqualTo(1);
        assertThat(dry.points()).isEqualTo(2);
        var xlsx = temp.resolve("skabelon.xlsx");
        Files.write(xlsx, export.templateXlsx(municipality));
        assertThat(importer.dryRun(xlsx, RegistrationImport.FileType.XLSX).problems()).isEmpty();

        var codes = new String(export.codeSheetCsv(municipality, Locale.of("da")), StandardCharsets.UTF_8);
        assertThat(codes).contains("afdeling;" + CENTRES[0][0] + ";" + CENTRES[0][1], "kategori;GFS-SAGSBEHANDLINGSTID;",
                "behandling;INVESTIGATION;Undersøgelse", "kanal;PHONE;Telefon");
    }

    private long category(long municipality, String code) {
        return schemes.categories(municipality).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    @Test
    void an_export_imported_into_another_municipality_gives_identical_statistics_and_a_second_import_adds_nothing()
            throws Exception {
        long source = testMunicipalities.create("911", "transfer-source", "Transfer Kilde", CENTRES);
        long target = testMunicipalities.create("912", "transfer-target", "Transfer Mål", CENTRES);
        schemes.install(source, SchemePreset.OMBUDSMAN);
        schemes.install(target, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long welfare = testMunicipalities.department(source, "VEL");
        long children = testMunicipalities.department(source, "BOR");
        var day = LocalDate.of(2024, 2, 5);
        for (int i = 0; i < 12; i++) {
            long caseId = registration.register(new ContactRegistrationForm(source, i % 3 == 0 ? Channel.PERSONAL_VISIT : Channel.PHONE,
                    day.plusDays(i * 9L), "Borger " + (i % 7), null, "2000000" + (i % 7), null, "Registrering " + i, false, false));
            long department = i % 2 == 0 ? welfare : children;
            if (i % 4 == 3) {
                caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.GUIDANCE, null, department, null));
                continue;
            }
            caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.COMPLAINT,
                    category(source, "GFS-SAGSBEHANDLINGSTID"), department, Handling.DIALOGUE_FORWARDED));
            if (i % 2 == 0) {
                caseFiles.classify(caseId, null, PointClassification.of(false, PointKind.COMPLAINT,
                        category(source, "FVL-PARTSHOERING"), department, Handling.MEETING));
            }
            if (i == 5) {
                caseFiles.classify(caseId, null, new PointClassification(false, PointKind.COMPLAINT, null,
                        category(source, "HJM-AFGOERELSE"), department, Handling.INVESTIGATION, day.plusDays(80),
                        CriticismLevel.CENSURABLE, null, null));
            }
            caseFiles.forward(caseId, department, day.plusDays(i * 9L + 1), day.plusDays(i * 9L + 15));
            if (i % 3 != 1) {
                caseFiles.registerAnswer(caseId, caseReader.refresh(caseId).forwards().getFirst().id(), day.plusDays(i * 9L + 10 + i), true);
            }
        }
        registration.register(new ContactRegistrationForm(source, Channel.PHONE, day.plusDays(3), "Telefonnummer", null, null,
                null, "Ville have et telefonnummer", false, true));
        // Imported earlier: a case without real case work whose main row is left unclassified ("blank = not
        // classified"), with a classified follow-up (the export used to write it as pointing to "Pnull").
        var unclassified = temp.resolve("uklassificeret.csv");
        Files.writeString(unclassified, String.join("\r\n", String.join(";", RegistrationFormat.COLUMNS),
                "911;U-1;;2024-03-01;PHONE;borger-u1;;;;;;;;ja;;;",
                "911;U-2;U-1;2024-03-01;PHONE;borger-u1;COMPLAINT;;GFS-SAGSBEHANDLINGSTID;VEL;MEETING;;;ja;;;"), StandardCharsets.UTF_8);
        var earlier = importer.importAll(unclassified, RegistrationImport.FileType.CSV, "uklassificeret.csv", rows -> { });
        assertThat(earlier.imported()).as(() -> earlier.problems().toString()).isTrue();

        var period = new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        var csv = new String(export.csv(source, period.from(), period.to()), StandardCharsets.UTF_8);
        var moved = csv.lines().map(line -> line.startsWith("911;") ? "912;" + line.substring(4) : line)
                .collect(Collectors.joining("\r\n"));
        var file = temp.resolve("fra-kilde.csv");
        Files.writeString(file, moved, StandardCharsets.UTF_8);

        var dry = importer.dryRun(file, RegistrationImport.FileType.CSV);
        assertThat(dry.problems()).isEmpty();
        assertThat(dry.cases()).isEqualTo(14);
        assertThat(csv).as("the unclassified main row is exported, and its follow-up points to it").doesNotContain("Pnull");
        assertThat(jdbc.queryForObject("select count(*) from case_file where municipality_id = ?", Long.class, target)).isZero();
        var imported = importer.importAll(file, RegistrationImport.FileType.CSV, "fra-kilde.csv", rows -> { });
        assertThat(imported.imported()).isTrue();

        var before = reports.report(source, period, DepartmentLevel.CENTER, Locale.of("da"));
        var after = reports.report(target, period, DepartmentLevel.CENTER, Locale.of("da"));
        assertThat(after.tables()).hasSameSizeAs(before.tables());
        for (int t = 0; t < before.tables().size(); t++) {
            assertThat(numbers(after.tables().get(t))).as(before.tables().get(t).title()).isEqualTo(numbers(before.tables().get(t)));
        }
        assertThat(numbers(after.table("summary")).get(7)).as("unique citizens (a case without real work counts none)").containsExactly(7L);

        var again = importer.importAll(file, RegistrationImport.FileType.CSV, "fra-kilde.csv", rows -> { });
        assertThat(again.cases()).isZero();
        assertThat(again.points()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(dry.rows());
        assertThat(jdbc.queryForObject("select count(*) from case_file where municipality_id = ?", Long.class, target)).isEqualTo(14);

        // The same registrations as a spreadsheet someone has kept in Excel: real date cells, another municipality.
        long spreadsheetTarget = testMunicipalities.create("914", "transfer-xlsx", "Transfer Regneark", CENTRES);
        schemes.install(spreadsheetTarget, SchemePreset.OMBUDSMAN);
        var xlsx = temp.resolve("fra-regneark.xlsx");
        Files.write(xlsx, asKeptInExcel(export.xlsx(source, period.from(), period.to()), "914"));
        var spreadsheetDry = importer.dryRun(xlsx, RegistrationImport.FileType.XLSX);
        assertThat(spreadsheetDry.problems()).isEmpty();
        assertThat(spreadsheetDry.rows()).isEqualTo(dry.rows());
        assertThat(importer.importAll(xlsx, RegistrationImport.FileType.XLSX, "fra-regneark.xlsx", rows -> { }).imported()).isTrue();
        var fromSpreadsheet = reports.report(spreadsheetTarget, period, DepartmentLevel.CENTER, Locale.of("da"));
        for (int t = 0; t < before.tables().size(); t++) {
            assertThat(numbers(fromSpreadsheet.tables().get(t))).as("XLSX: " + before.tables().get(t).title())
                    .isEqualTo(numbers(before.tables().get(t)));
        }
    }

    /** The export with another municipality code and its dates turned into date cells shown as dd-mm-yyyy. */
    private static byte[] asKeptInExcel(byte[] exported, String municipalityCode) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exported)); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.getSheetAt(0);
            var header = sheet.getRow(0);
            var danishDate = workbook.createCellStyle();
            danishDate.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            int dates = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                for (var cell : row) {
                    var column = header.getCell(cell.getColumnIndex()).getStringCellValue();
                    if (column.equals("kommune")) {
                        cell.setBlank(); // an inline string keeps its old text otherwise
                        cell.setCellValue(municipalityCode);
                    } else if (List.of("dato", "videresendt", "svarfrist", "besvaret", "udtalelse").contains(column)
                            && !cell.getStringCellValue().isBlank()) {
                        var day = RegistrationFormat.date(cell.getStringCellValue());
                        cell.setBlank();
                        cell.setCellValue(day);
                        cell.setCellStyle(danishDate);
                        dates++;
                    }
                }
            }
            assertThat(dates).as("date cells written").isGreaterThan(13);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void every_kind_of_bad_row_is_named_with_row_and_column_and_nothing_is_imported() throws Exception {
        long municipality = testMunicipalities.create("913", "transfer-bad", "Transfer Fejl", CENTRES);
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        var header = String.join(";", RegistrationFormat.COLUMNS);
        var rows = List.of(
                "913;ok-1;;03-02-2025;PHONE;b1;COMPLAINT;;GFS-VEJLEDNING;VEL;MEETING;;;nej;;;",
                "913;bad-category;;03-02-2025;PHONE;b2;COMPLAINT;;NO-SUCH;VEL;MEETING;;;nej;;;",
                "913;bad-follow;missing-main;03-02-2025;PHONE;b3;GUIDANCE;;;VEL;;;;nej;;;",
                "913;bad-date;;03-02-2099;PHONE;b4;GUIDANCE;;;VEL;;;;nej;;;",
                "183;bad-served;;03-02-2025;PHONE;b5;GUIDANCE;;;BF;;;;nej;;;",
                "913;ok-1;;03-02-2025;PHONE;b6;GUIDANCE;;;VEL;;;;nej;;;",
                "999;bad-municipality;;03-02-2025;PHONE;b7;GUIDANCE;;;VEL;;;;nej;;;",
                "913;bad-department;;2025-02-03;PHONE;b8;GUIDANCE;;;NOPE;;;;nej;;;",
                "913;bad-kind;;2025-02-03;FAX;b9;WHINE;;;VEL;;;;nej;;;");
        var file = temp.resolve("fejl.csv");
        Files.writeString(file, header + "\n" + String.join("\n", rows), StandardCharsets.UTF_8);

        var dry = importer.dryRun(file, RegistrationImport.FileType.CSV);

        assertThat(dry.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey()).containsExactly(
                "3:kategori:import.error.category",
                "4:hovedraekke:import.error.noMain",
                "5:dato:import.error.future",
                "6:kommune:import.error.notServed",
                "7:raekke:import.error.duplicate",
                "8:kommune:import.error.municipality",
                "9:afdeling:import.error.department",
                "10:kanal:import.error.code",
                "10:art:import.error.code");
        var result = importer.importAll(file, RegistrationImport.FileType.CSV, "fejl.csv", rows2 -> { });
        assertThat(result.imported()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from case_file where municipality_id = ?", Long.class, municipality)).isZero();
    }

    @Test
    void the_import_refuses_what_closing_a_case_would_refuse_and_accepts_a_case_without_real_work() throws Exception {
        long municipality = testMunicipalities.create("915", "transfer-incomplete", "Transfer Ufuldstændig", CENTRES);
        schemes.install(municipality, SchemePreset.STEVNS);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        var rows = List.of(
                "915;no-kind;;03-02-2025;PHONE;c1;;;;VEL;;;;nej;;;",
                "915;guidance-without-category;;03-02-2025;PHONE;c2;GUIDANCE;;;VEL;;;;nej;;;",
                "915;investigation-without-statement;;03-02-2025;PHONE;c3;COMPLAINT;;4.1;VEL;INVESTIGATION;;;nej;;;",
                "915;cannot-without-reason;;03-02-2025;PHONE;c4;CANNOT_HANDLE;;7;VEL;;;;nej;;;",
                "915;complaint-without-department;;03-02-2025;PHONE;c5;COMPLAINT;;4.1;;DIALOGUE_INFORMAL;;;nej;;;",
                "915;phone-number-only;;03-02-2025;PHONE;c6;;;;;;;;ja;;;");
        var file = temp.resolve("ufuldstaendig.csv");
        Files.writeString(file, String.join(";", RegistrationFormat.COLUMNS) + "\n" + String.join("\n", rows),
                StandardCharsets.UTF_8);

        var dry = importer.dryRun(file, RegistrationImport.FileType.CSV);

        assertThat(dry.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey()).containsExactly(
                "2:art:import.error.required.art",
                "3:kategori:import.error.missing.CATEGORY_MISSING",
                "4:udtalelse:import.error.missing.STATEMENT_DATE_MISSING",
                "5:grund:import.error.missing.REASON_MISSING",
                "6:afdeling:import.error.missing.DEPARTMENT_MISSING");
        // the same rule closes cases: each refused row is a point that closing refuses too
        assertThat(ClassificationRules.missingFrom(PointClassification.of(true, PointKind.GUIDANCE, null, 1L, null), true))
                .containsExactly(ClosingProblem.CATEGORY_MISSING);
        assertThat(ClassificationRules.problemsBeforeClosing(false, List.of(), true)).contains(ClosingProblem.NO_MAIN_POINT);

        var valid = temp.resolve("kun-uden-sagsbehandling.csv");
        Files.writeString(valid, String.join(";", RegistrationFormat.COLUMNS) + "\n" + rows.getLast(), StandardCharsets.UTF_8);
        assertThat(importer.importAll(valid, RegistrationImport.FileType.CSV, "kun-uden-sagsbehandling.csv", n -> { }).imported())
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from case_file where municipality_id = ?", Long.class, municipality))
                .isEqualTo(1);
    }

    private static List<List<Long>> numbers(ReportTable table) {
        return table.rows().stream().map(r -> r.cells().stream().map(ReportTable.Cell::count).toList()).toList();
    }
}
