package dk.borgerraadgiver.casework;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;

import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the suite: imports a 100,000-row CSV (dry run, then the import) and reports the time
 * and the peak heap. Run with a small heap to show the file never sits in memory:
 * {@code ./mvnw test -Dtest=ImportBenchmark -Dtest.jvm.options=-Xmx320m -Dsurefire.failIfNoSpecifiedTests=false};
 * figures go to the log and to {@code target/benchmark-import.txt}.
 */
@PortalIntegrationTest
class ImportBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ImportBenchmark.class);
    private static final int ROWS = 100_000;

    @Autowired
    RegistrationImport importer;
    @Autowired
    ClassificationSchemes schemes;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void one_hundred_thousand_rows() throws Exception {
        long municipality = TestMunicipalities.create(jdbc, "920", "import-bench", "Import Benchmark",
                new String[][]{{"C1", "Center 1"}, {"C2", "Center 2"}, {"C3", "Center 3"}});
        schemes.install(municipality, SchemePreset.OMBUDSMAN);
        var file = Files.createTempFile("import-benchmark", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(";", RegistrationFormat.COLUMNS));
            out.newLine();
            var day = LocalDate.of(2020, 1, 1);
            String main = null;
            for (int i = 0; i < ROWS; i++) {
                boolean followUp = i % 3 == 2;
                var key = "r" + i;
                out.write(String.join(";", "920", key, followUp ? main : "", day.plusDays(i % 1800).toString(), "PHONE",
                        "borger-" + (i % 40_000), "COMPLAINT", "", i % 2 == 0 ? "GFS-SAGSBEHANDLINGSTID" : "FVL-PARTSHOERING",
                        "C" + (1 + i % 3), "MEETING", "", "", "nej", "", "", ""));
                out.newLine();
                if (!followUp) {
                    main = key;
                }
            }
        }
        SignedIn.as(TestMunicipalities.ADVISOR, "ADVISOR");
        long start = System.nanoTime();
        var dry = importer.dryRun(file, RegistrationImport.FileType.CSV);
        long dryMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        var done = importer.importAll(file, RegistrationImport.FileType.CSV, "benchmark.csv", rows -> { });
        long importMillis = (System.nanoTime() - start) / 1_000_000;
        long max = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        SignedIn.signOut();

        assertThat(dry.problems()).isEmpty();
        assertThat(done.imported()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from complaint_point where municipality_id = ?", Long.class, municipality))
                .isEqualTo(ROWS);
        var lines = new ArrayList<String>();
        lines.add("Import benchmark: " + ROWS + " rows (" + Files.size(file) / 1024 + " kB CSV), " + done.cases() + " cases");
        lines.add("dry run " + dryMillis + " ms, import (check + write in one transaction) " + importMillis + " ms");
        lines.add("completed within a maximum heap of " + max + " MB, shared with the whole running application");
        Files.write(Path.of("target/benchmark-import.txt"), lines);
        lines.forEach(log::info);
        Files.deleteIfExists(file);
    }
}
