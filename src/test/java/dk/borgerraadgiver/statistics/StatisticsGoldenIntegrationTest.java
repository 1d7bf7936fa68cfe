package dk.borgerraadgiver.statistics;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.borgerraadgiver.casework.ActivityKind;
import dk.borgerraadgiver.casework.AdvisorActivities;
import dk.borgerraadgiver.casework.CannotHandleReason;
import dk.borgerraadgiver.casework.CaseFiles;
import dk.borgerraadgiver.casework.CaseReader;
import dk.borgerraadgiver.casework.Channel;
import dk.borgerraadgiver.casework.ClassificationSchemes;
import dk.borgerraadgiver.casework.ContactRegistration;
import dk.borgerraadgiver.casework.ContactRegistrationForm;
import dk.borgerraadgiver.casework.Handling;
import dk.borgerraadgiver.casework.PointClassification;
import dk.borgerraadgiver.casework.PointKind;
import dk.borgerraadgiver.casework.SchemePreset;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import dk.borgerraadgiver.booking.DropInRegister;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellType;
import org.assertj.core.data.Offset;

/**
 * Registrations that correspond to the seed reports, made through the casework services, give
 * exactly the numbers those reports print: Stevns 3.1–3.4 and Sorø 2.3 and 2.5.
 */
@PortalIntegrationTest
class StatisticsGoldenIntegrationTest {

    @Autowired
    TestMunicipalities testMunicipalities;

    private static final Locale DANISH = Locale.of("da");
    private static final String[][] STEVNS_CENTRES = {{"PB", "Politik & Borger"}, {"AM", "Arbejdsmarked"},
            {"BL", "Børn & Læring"}, {"SO", "Sund & Omsorg"}, {"TM", "Teknik & Miljø"}, {"OHI", "Økonomi, HR & IT"}};

    @Autowired
    ContactRegistration registration;
    @Autowired
    CaseFiles caseFiles;
    @Autowired
    CaseReader caseReader;
    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    StatisticsReports reports;
    @Autowired
    ReportExports exports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DropInRegister dropIns;
    @Autowired
    AdvisorActivities activities;

    @AfterEach
    void signOut() {
        SignedIn.signOut();
    }

    private long register(long municipality, LocalDate day, String citizen, boolean noRealCaseWork) {
        return registration.register(new ContactRegistrationForm(municipality, Channel.PHONE, day, "Borger " + citizen,
                citizen + "@example.test", null, null, "Golden registration", false, noRealCaseWork));
    }

    private long category(long municipality, String code) {
        return schemes.categories(municipality).stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().id();
    }

    @Test
    void stevns_registrations_from_january_2020_to_mid_march_2021_give_the_tables_of_the_report() throws Exception {
        long stevns = testMunicipalities.create("901", "golden-stevns", "Golden Stevns", STEVNS_CENTRES);
        schemes.install(stevns, SchemePreset.STEVNS);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        var q1 = LocalDate.of(2020, 2, 10);
        var q3 = LocalDate.of(2020, 8, 10);
        var q4 = LocalDate.of(2020, 11, 10);
        var q1b = LocalDate.of(2021, 2, 10);
        // per centre: the categories of its points (table 3.3/3.4) and the quarters they fall in (table 3.2)
        Map<String, List<String>> categories = Map.of(
                "PB", List.of("7"),
                "AM", List.of("1", "1", "4.1", "6", "7"),
                "BL", List.of("1", "4.1", "4.1", "4.1", "4.1", "4.1", "4.2", "4.3", "4.6", "6", "6", "6", "6"),
                "SO", List.of("1", "1", "3", "3", "4.6", "7"),
                "TM", List.of("1", "4.1", "4.1", "4.1"),
                "OHI", List.of("1"));
        Map<String, List<LocalDate>> quarters = Map.of(
                "PB", List.of(q1b),
                "AM", List.of(q3, q1b, q1b, q1b, q1b),
                "BL", List.of(q1, q1, q3, q3, q3, q4, q4, q4, q1b, q1b, q1b, q1b, q1b),
                "SO", List.of(q1, q3, q3, q3, q4, q4),
                "TM", List.of(q3, q3, q1b, q1b),
                "OHI", List.of(q1));
        int citizen = 0;
        for (var centre : categories.keySet()) {
            long department = testMunicipalities.department(stevns, centre);
            for (int i = 0; i < categories.get(centre).size(); i++) {
                var code = categories.get(centre).get(i);
                long caseId = register(stevns, quarters.get(centre).get(i), "stevns" + citizen++, false);
                caseFiles.classify(caseId, null, stevnsPoint(code, category(stevns, code), department));
            }
        }
        register(stevns, q1, "stevns-nowork-1", true);
        register(stevns, q1b, "stevns-nowork-2", true);
        register(stevns, q1b.plusDays(10), "stevns-nowork-3", true);
        register(stevns, LocalDate.of(2021, 3, 20), "after-the-period", false);

        var report = reports.report(stevns, new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 3, 15)),
                DepartmentLevel.CENTER, DANISH);

        assertThat(numbers(report.table("inquiries-per-quarter"))).containsExactly(
                List.of(5L, 1L, 4L), List.of(0L, 0L, 0L), List.of(9L, 0L, 9L), List.of(5L, 0L, 5L), List.of(14L, 2L, 12L),
                List.of(33L, 3L, 30L));
        assertThat(report.table("quarter-by-department").columns())
                .startsWith("I alt", "Politik & Borger", "Arbejdsmarked", "Børn & Læring", "Sund & Omsorg", "Teknik & Miljø",
                        "Økonomi, HR & IT");
        assertThat(numbers(report.table("quarter-by-department"), 7)).containsExactly(
                List.of(4L, 0L, 0L, 2L, 1L, 0L, 1L), List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L), List.of(9L, 0L, 1L, 3L, 3L, 2L, 0L),
                List.of(5L, 0L, 0L, 3L, 2L, 0L, 0L), List.of(12L, 1L, 4L, 5L, 0L, 2L, 0L), List.of(30L, 1L, 5L, 13L, 6L, 4L, 1L));
        assertThat(numbers(report.table("category-by-department"), 7)).containsExactly(
                List.of(7L, 0L, 2L, 1L, 2L, 1L, 1L), List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L), List.of(2L, 0L, 0L, 0L, 2L, 0L, 0L),
                List.of(13L, 0L, 1L, 8L, 1L, 3L, 0L), List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L), List.of(5L, 0L, 1L, 4L, 0L, 0L, 0L),
                List.of(3L, 1L, 1L, 0L, 1L, 0L, 0L), List.of(30L, 1L, 5L, 13L, 6L, 4L, 1L));
        var breakdown = report.table("leaves-4");
        assertThat(breakdown.rows()).extracting(ReportTable.Row::label).containsExactly("Sagsbehandlingstid",
                "Diverse procesregler", "Manglende inddragelse/vejledning/koordinering", "Opfølgning", "Adfærd", "Andet", "I alt");
        assertThat(numbers(breakdown, 7)).containsExactly(
                List.of(9L, 0L, 1L, 5L, 0L, 3L, 0L), List.of(1L, 0L, 0L, 1L, 0L, 0L, 0L), List.of(1L, 0L, 0L, 1L, 0L, 0L, 0L),
                List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L), List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L), List.of(2L, 0L, 0L, 1L, 1L, 0L, 0L),
                List.of(13L, 0L, 1L, 8L, 1L, 3L, 0L));

        var byUnit = reports.report(stevns, new ReportPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 3, 15)),
                DepartmentLevel.UNIT, DANISH);
        assertThat(numbers(byUnit.table("quarter-by-department"), 7))
                .as("centres without units are shown as centres").isEqualTo(numbers(report.table("quarter-by-department"), 7));

        pdfLaidOutAsAReport(report, "stevns-year");
    }

    private void pdfLaidOutAsAReport(Report report, String name) throws java.io.IOException {
        ReportDraftChecks.pdfLaidOutAsAReport(exports.pdf(report), report, name);
    }

    private void wordHoldsTheFiguresOfTheExcel(Report report) throws java.io.IOException {
        ReportDraftChecks.wordHoldsTheFiguresOfTheExcel(exports.docx(report), exports.xlsx(report), report);
    }

    private static PointClassification stevnsPoint(String code, long categoryId, long department) {
        return switch (code) {
            case "1" -> PointClassification.of(true, PointKind.SIGNPOSTING, categoryId, department, null);
            case "2", "3" -> PointClassification.of(true, PointKind.GUIDANCE, categoryId, department, null);
            case "6" -> PointClassification.of(true, PointKind.INFORMING, categoryId, department, null);
            case "7" -> new PointClassification(true, PointKind.CANNOT_HANDLE, CannotHandleReason.APPEALS_BODY, categoryId,
                    department, null, null, null, null, null);
            default -> PointClassification.of(true, PointKind.COMPLAINT, categoryId, department, Handling.DIALOGUE_FORWARDED);
        };
    }

    @Test
    void soroe_mid_term_registrations_give_its_counts_unique_citizens_and_handling_shares_and_the_exports_hold_them()
            throws Exception {
        long soroe = testMunicipalities.create("902", "golden-soroe", "Golden Sorø",
                new String[][]{{"BU", "Center for Børn og Unge"}, {"VO", "Center for Voksne"}});
        schemes.install(soroe, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long department = testMunicipalities.department(soroe, "VO");
        long complaintCategory = category(soroe, "GFS-SAGSBEHANDLINGSTID");
        var complaintHandlings = new ArrayList<Handling>();
        for (int i = 0; i < 105; i++) {
            complaintHandlings.add(i < 69 ? (i % 2 == 0 ? Handling.DIALOGUE_FORWARDED : Handling.DIALOGUE_INFORMAL)
                    : i < 103 ? Handling.MEETING : Handling.REJECTED);
        }
        var otherKinds = new ArrayList<PointKind>();
        for (int i = 0; i < 54; i++) {
            otherKinds.add(i < 24 ? PointKind.GUIDANCE : i < 34 ? PointKind.SIGNPOSTING : i < 44 ? PointKind.FORWARDING
                    : PointKind.INFORMING);
        }
        var day = LocalDate.of(2022, 3, 1);
        int complaintPoint = 0;
        int otherPoint = 0;
        for (int i = 0; i < 95; i++) {
            long caseId = register(soroe, day.plusDays(i % 60), "soroe" + (i % 59), false);
            if (i < 56) {
                caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.COMPLAINT, complaintCategory, department,
                        complaintHandlings.get(complaintPoint++)));
                if (i < 49) {
                    caseFiles.classify(caseId, null, PointClassification.of(false, PointKind.COMPLAINT,
                            category(soroe, "FVL-PARTSHOERING"), department, complaintHandlings.get(complaintPoint++)));
                }
            } else {
                caseFiles.classify(caseId, null, PointClassification.of(true, otherKinds.get(otherPoint++), null, department, null));
                if (i < 56 + 15) {
                    caseFiles.classify(caseId, null, PointClassification.of(false, otherKinds.get(otherPoint++), null, department, null));
                }
            }
        }
        long ignored = register(soroe, day, "soroe-phone-number", false);
        caseFiles.classify(ignored, null, PointClassification.of(true, PointKind.SIGNPOSTING, null, department, null));
        caseFiles.markNoRealCaseWork(ignored, true);

        var report = reports.report(soroe, ReportPeriod.half(2022, 1), DepartmentLevel.CENTER, DANISH);

        assertThat(numbers(report.table("summary"))).containsExactly(List.of(56L), List.of(49L), List.of(105L), List.of(39L),
                List.of(15L), List.of(54L), List.of(159L), List.of(59L));
        assertThat(report.table("complaint-handling").rows().stream().map(r -> r.cells().getFirst().count()).toList())
                .containsExactly(69L, 34L, 0L, 2L, 105L);
        assertThat(shares(report.table("complaint-handling"))).containsExactly(66L, 32L, 0L, 2L, 100L);
        assertThat(report.table("other-handling").rows().stream().map(r -> r.cells().getFirst().count()).toList())
                .containsExactly(24L, 10L, 10L, 10L, 0L, 54L);
        assertThat(shares(report.table("other-handling"))).containsExactly(44L, 18L, 19L, 19L, 0L, 100L);
        assertThat(numbers(report.table("dialogue-split"))).containsExactly(List.of(34L), List.of(35L), List.of(34L));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exports.xlsx(report)))) {
            var sheet = workbook.getSheetAt(report.tables().indexOf(report.table("summary")));
            var values = new ArrayList<Double>();
            for (int r = 5; r <= 12; r++) {
                assertThat(sheet.getRow(r).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                values.add(sheet.getRow(r).getCell(1).getNumericCellValue());
            }
            assertThat(values).containsExactly(56.0, 49.0, 105.0, 39.0, 15.0, 54.0, 159.0, 59.0);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(report.tables().size());
            var share = workbook.getSheetAt(report.tables().indexOf(report.table("complaint-handling"))).getRow(5).getCell(2);
            assertThat(share.getNumericCellValue()).as("the share is a fraction shown as a percentage").isCloseTo(0.66, Offset.offset(0.0001));
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0%");
        }
        try (var pdf = Loader.loadPDF(exports.pdf(report))) {
            var text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Golden Sorø", "Halvårsstatus", "Klager – hovedsager 56", "Klager i alt 105",
                    "Alle sager i alt 159", "Unikke borgere 59");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, Offset.offset(1f));
        }
        pdfLaidOutAsAReport(report, "soroe-half");
        wordHoldsTheFiguresOfTheExcel(report);
        var csv = new String(exports.csv(report), StandardCharsets.UTF_8);
        assertThat(csv).contains("Golden Sorø;2022-01-01;2022-06-30;Klager og andre henvendelser, hoved- og følgesager;Unikke borgere;Antal;59");
    }

    @Test
    void a_comparison_of_municipalities_gives_each_one_its_own_summary_also_after_reclassification_and_for_odd_periods() {
        long first = testMunicipalities.create("904", "golden-compare-a", "Golden Sammenlign A", new String[][]{{"C1", "Center Et"}});
        long second = testMunicipalities.create("905", "golden-compare-b", "Golden Sammenlign B", new String[][]{{"C1", "Center Et"}});
        schemes.install(first, SchemePreset.OMBUDSMAN);
        schemes.install(second, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        var points = new ArrayList<long[]>();
        var day = LocalDate.of(2023, 2, 20);
        for (int i = 0; i < 40; i++) {
            long municipality = i % 3 == 0 ? second : first;
            long department = testMunicipalities.department(municipality, "C1");
            long caseId = register(municipality, day.plusDays(i * 3), "compare" + (i % 17), false);
            long main = caseFiles.classify(caseId, null, i % 2 == 0
                    ? PointClassification.of(true, PointKind.COMPLAINT, category(municipality, "GFS-SAGSBEHANDLINGSTID"), department,
                    i % 4 == 0 ? Handling.MEETING : Handling.DIALOGUE_FORWARDED)
                    : PointClassification.of(true, PointKind.GUIDANCE, null, department, null));
            points.add(new long[]{caseId, main, municipality, department});
            if (i % 5 == 0) {
                caseFiles.classify(caseId, null, PointClassification.of(false, PointKind.SIGNPOSTING, null, department, null));
            }
        }
        var periods = List.of(ReportPeriod.half(2023, 1), ReportPeriod.quarter(2023, 2),
                new ReportPeriod(LocalDate.of(2023, 3, 5), LocalDate.of(2023, 5, 10)), new ReportPeriod(LocalDate.of(2023, 1, 1),
                        LocalDate.of(2023, 4, 30)), new ReportPeriod(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28)));
        assertComparisonMatchesEachReport(List.of(first, second), periods);

        // Reclassify a complaint as guidance, drop a follow-up point, take a case out of the statistics.
        long[] complaint = points.get(2);
        caseFiles.classify(complaint[0], complaint[1], PointClassification.of(true, PointKind.GUIDANCE, null, complaint[3], null));
        long[] withFollowUp = points.get(5);
        long followUp = caseReader.open(withFollowUp[0]).points().stream().filter(p -> !p.classification().main())
                .findFirst().orElseThrow().id();
        caseFiles.removePoint(withFollowUp[0], followUp);
        caseFiles.markNoRealCaseWork(points.get(9)[0], true);
        assertComparisonMatchesEachReport(List.of(first, second), periods);
        assertThat(jdbc.queryForObject("select sum(points) from point_quarter_count where municipality_id in (?, ?)", Long.class,
                first, second))
                .as("the roll-up holds exactly the counted points")
                .isEqualTo(jdbc.queryForObject("select count(*) from complaint_point where municipality_id in (?, ?) and counted",
                        Long.class, first, second));
    }

    private void assertComparisonMatchesEachReport(List<Long> municipalities, List<ReportPeriod> periods) {
        for (var period : periods) {
            var comparison = reports.comparison(municipalities, period, DANISH);
            for (int column = 0; column < municipalities.size(); column++) {
                var own = numbers(reports.report(municipalities.get(column), period, DepartmentLevel.CENTER, DANISH).table("summary"));
                int c = column;
                assertThat(comparison.rows().stream().map(r -> r.cells().get(c).count()).toList())
                        .as("%s, column %d", period, column)
                        .containsExactlyElementsOf(own.stream().map(List::getFirst).toList());
            }
        }
    }

    @Test
    void a_figure_opens_the_cases_behind_it_and_the_list_is_audit_logged() {
        long municipality = testMunicipalities.create("903", "golden-drill", "Golden Drill",
                new String[][]{{"C1", "Center Et"}});
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long department = testMunicipalities.department(municipality, "C1");
        var day = LocalDate.of(2023, 5, 2);
        long complaint = register(municipality, day, "drill-1", false);
        caseFiles.classify(complaint, null, PointClassification.of(true, PointKind.COMPLAINT,
                category(municipality, "GFS-VEJLEDNING"), department, Handling.MEETING));
        long guidance = register(municipality, day, "drill-2", false);
        caseFiles.classify(guidance, null, PointClassification.of(true, PointKind.GUIDANCE, null, department, null));

        var report = reports.report(municipality, ReportPeriod.quarter(2023, 2), DepartmentLevel.CENTER, DANISH);
        var complaintsMain = report.table("summary").rows().getFirst().cells().getFirst();
        var cases = reports.casesBehind(complaintsMain.cases(), "Klager – hovedsager");

        assertThat(cases).extracting(c -> c.id()).containsExactly(complaint);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_id = ? and action = 'CASE_LIST_OPENED'",
                Long.class, complaint)).isEqualTo(1);
        caseFiles.classify(guidance, caseReader.refresh(guidance).points().getFirst().id(), PointClassification.of(true,
                PointKind.COMPLAINT, category(municipality, "GFS-VEJLEDNING"), department, Handling.MEETING));
        var reclassified = reports.report(municipality, ReportPeriod.quarter(2023, 2), DepartmentLevel.CENTER, DANISH);
        assertThat(reclassified.table("summary").rows().getFirst().cells().getFirst().count())
                .as("reclassification changes the figures at once").isEqualTo(2);
    }

    @Test
    void ballerup_counts_meetings_between_citizen_and_department_and_complaint_letters_to_appeals_bodies() {
        long ballerup = testMunicipalities.create("906", "golden-ballerup", "Golden Ballerup", new String[][]{{"BU", "Børn og Unge"}});
        schemes.install(ballerup, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long department = testMunicipalities.department(ballerup, "BU");
        var day = LocalDate.of(2019, 3, 4);
        for (int i = 0; i < 20; i++) {
            long caseId = register(ballerup, day.plusDays(i), "ballerup" + i, false);
            caseFiles.classify(caseId, null, PointClassification.of(true, PointKind.COMPLAINT, category(ballerup, "GFS-SAGSBEHANDLINGSTID"),
                    department, i < 16 ? Handling.MEETING : Handling.DIALOGUE_FORWARDED));
        }
        for (int i = 0; i < 5; i++) {
            activities.register(ballerup, ActivityKind.COMPLAINT_LETTER, day.plusDays(i * 7), department, 45, "");
        }
        activities.register(ballerup, ActivityKind.MEDIATION, day, department, 60, "");

        var report = reports.report(ballerup, ReportPeriod.half(2019, 1), DepartmentLevel.CENTER, DANISH);

        assertThat(count(report.table("complaint-handling"), "Møde med borger og afdeling")).isEqualTo(16);
        assertThat(count(report.table("other-work"), "Bistand til klageskrivelse til klageinstans")).isEqualTo(5);
        assertThat(count(report.table("other-work"), "Mægling")).isEqualTo(1);
    }

    private static long count(ReportTable table, String row) {
        return table.rows().stream().filter(r -> r.label().equals(row)).findFirst().orElseThrow().cells().getFirst().count();
    }

    @Test
    void drop_in_visits_are_listed_per_session() {
        SignedIn.as("anne", "ADVISOR");
        var type = dropIns.dropInTypes().stream().filter(t -> t.municipalityName().startsWith("Ringsted")).findFirst().orElseThrow();
        var day = LocalDate.of(2024, 9, 10);
        dropIns.registerVisit(type.id(), day);
        dropIns.registerVisit(type.id(), day);
        dropIns.registerVisit(type.id(), day.plusDays(7));

        var report = reports.report(type.municipalityId(), ReportPeriod.quarter(2024, 3), DepartmentLevel.CENTER, DANISH);

        var rows = report.table("drop-in").rows();
        assertThat(visits(rows, "10. sep. 2024")).isEqualTo(2);
        assertThat(visits(rows, "17. sep. 2024")).isEqualTo(1);
        assertThat(rows.getLast().cells().getFirst().count()).isEqualTo(3);
    }

    private static long visits(List<ReportTable.Row> rows, String day) {
        return rows.stream().filter(r -> r.label().endsWith(day)).findFirst().orElseThrow().cells().getFirst().count();
    }

    private static List<List<Long>> numbers(ReportTable table) {
        return numbers(table, Integer.MAX_VALUE);
    }

    private static List<List<Long>> numbers(ReportTable table, int columns) {
        return table.rows().stream().map(r -> r.cells().stream().limit(columns).map(ReportTable.Cell::count).toList()).toList();
    }

    private static List<Long> shares(ReportTable table) {
        return table.rows().stream().map(r -> r.cells().get(1).count()).toList();
    }
}
