package dk.borgerraadgiver.casework;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Tagged "benchmark", so not part of the suite: imports a 100,000-row CSV and the same rows as XLSX (dry run, then the
 * import) and reports the times. Run with a small heap to show neither file sits in memory:
 * {@code ./mvnw test -Dbenchmarks.excluded= -Dtest=ImportBenchmark -Dtest.jvm.options=-Xmx320m};
 * figures go to the log and to {@code target/benchmark-import.txt}.
 */
@PortalIntegrationTest
@Tag("benchmark")
class ImportBenchmark {

    @Autowired
    TestMunicipalities testMunicipalities;

    private static final Logger log = LoggerFactory.getLogger(ImportBenchmark.class);
    private static final int ROWS = 100_000;
    private static final String[][] CENTRES = {{"C1", "Center 1"}, {"C2", "Center 2"}, {"C3", "Center 3"}};

    @Autowired
    RegistrationImport importer;
    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void one_hundred_thousand_rows() throws Exception {
        var lines = new ArrayList<String>();
        var csv = Files.createTempFile("import-benchmark", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(String.join(";", RegistrationFormat.COLUMNS));
            out.newLine();
            rows("920", row -> {
                try {
                    out.write(String.join(";", row));
                    out.newLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        lines.add(measure(csv, RegistrationImport.FileType.CSV, "920"));
        Files.deleteIfExists(csv);

        var xlsx = Files.createTempFile("import-benchmark", ".xlsx");
        try (var workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(xlsx)) {
            var sheet = workbook.createSheet();
            int[] next = {0};
            Consumer<List<String>> write = row -> {
                var cells = sheet.createRow(next[0]++);
                for (int c = 0; c < row.size(); c++) {
                    cells.createCell(c).setCellValue(row.get(c));
                }
            };
            write.accept(RegistrationFormat.COLUMNS);
            rows("921", write);
            workbook.write(out);
        }
        lines.add(measure(xlsx, RegistrationImport.FileType.XLSX, "921"));
        Files.deleteIfExists(xlsx);

        lines.add("both completed within a maximum heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB, shared with the whole running application");
        Files.write(Path.of("target/benchmark-import.txt"), lines);
        lines.forEach(log::info);
    }

    /** A main complaint row and follow-up rows pointing at it, spread over five years. */
    private static void rows(String municipalityCode, Consumer<List<String>> rows) {
        var day = LocalDate.of(2020, 1, 1);
        String main = null;
        for (int i = 0; i < ROWS; i++) {
            boolean followUp = i % 3 == 2;
            var key = "r" + i;
            rows.accept(List.of(municipalityCode, key, followUp ? main : "", day.plusDays(i % 1800).toString(), "PHONE",
                    "borger-" + (i % 40_000), "COMPLAINT", "", i % 2 == 0 ? "GFS-SAGSBEHANDLINGSTID" : "FVL-PARTSHOERING",
                    "C" + (1 + i % 3), "MEETING", "", "", "nej", "", "", ""));
            if (!followUp) {
                main = key;
            }
        }
    }

    private String measure(Path file, RegistrationImport.FileType type, String municipalityCode) throws Exception {
        long municipality = testMunicipalities.create(municipalityCode, "import-bench-" + municipalityCode,
                "Import Benchmark " + municipalityCode, CENTRES);
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long start = System.nanoTime();
        var dry = importer.dryRun(file, type);
        long dryMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        var done = importer.importAll(file, type, "benchmark", rows -> { });
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        SignedIn.signOut();

        assertThat(dry.problems()).isEmpty();
        assertThat(done.imported()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from complaint_point where municipality_id = ?", Long.class, municipality))
                .isEqualTo(ROWS);
        return "%s: %d rows (%d kB), %d cases; dry run %d ms, import (check + write in one transaction) %d ms"
                .formatted(type, ROWS, Files.size(file) / 1024, done.cases(), dryMillis, importMillis);
    }
}
