package dk.borgerraadgiver.statistics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import dk.borgerraadgiver.casework.RegistrationFigures;
import dk.borgerraadgiver.organisation.DepartmentLevel;
import dk.borgerraadgiver.support.PortalIntegrationTest;
import dk.borgerraadgiver.support.SignedIn;
import dk.borgerraadgiver.support.TestMunicipalities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tagged "benchmark", so not part of the suite: seeds one million complaint points for 98
 * municipalities over ten years on MariaDB and reports p50/p95 of each statistics query for one
 * municipality-year and for everything. Run with
 * {@code ./mvnw test -Dbenchmarks.excluded= -Dtest=StatisticsBenchmark}; figures go to
 * the log and to {@code target/benchmark-statistics.txt}.
 */
@PortalIntegrationTest
@Tag("benchmark")
class StatisticsBenchmark {

    @Autowired
    TestMunicipalities testMunicipalities;

    private static final Logger log = LoggerFactory.getLogger(StatisticsBenchmark.class);
    private static final int MUNICIPALITIES = 98;
    private static final int POINTS = 1_000_000;
    private static final int FIRST_YEAR = 2016;
    private static final int YEARS = 10;
    private static final String[] KINDS = {"COMPLAINT", "COMPLAINT", "COMPLAINT", "GUIDANCE", "SIGNPOSTING", "FORWARDING",
            "INFORMING", "CANNOT_HANDLE"};
    private static final String[] HANDLINGS = {"DIALOGUE_FORWARDED", "DIALOGUE_INFORMAL", "MEETING", "INVESTIGATION", "REJECTED"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RegistrationFigures figures;
    @Autowired
    StatisticsReports reports;

    @Test
    void one_million_points() throws Exception {
        var ids = seed();
        jdbc.execute("analyze table case_file, complaint_point, case_forward");
        SignedIn.as("admin", "ADMIN");
        long one = ids.getFirst();
        var year = ReportPeriod.year(2024);
        var from = LocalDate.of(FIRST_YEAR, 1, 1);
        var to = LocalDate.of(FIRST_YEAR + YEARS - 1, 12, 31);
        assertThat(jdbc.queryForObject("select count(*) from complaint_point where municipality_id >= ?", Long.class, one))
                .isEqualTo(POINTS);
        assertThat(figures.points(ids, from, to).stream().mapToLong(RegistrationFigures.PointGroup::count).sum())
                .as("points of cases with real case work").isBetween(POINTS * 90L / 100, POINTS * 96L / 100);

        var lines = new ArrayList<String>();
        lines.add("Statistics benchmark: " + POINTS + " points, " + MUNICIPALITIES + " municipalities, " + YEARS + " years");
        lines.add(measure("points, municipality-year", () -> figures.points(one, year.from(), year.to())));
        lines.add(measure("cases per quarter, municipality-year", () -> figures.cases(one, year.from(), year.to())));
        lines.add(measure("unique citizens, municipality-year", () -> figures.uniqueCitizens(one, year.from(), year.to())));
        lines.add(measure("forwards, municipality-year", () -> figures.forwards(one, year.from(), year.to())));
        lines.add(measure("whole report (all tables), municipality-year",
                () -> reports.report(one, year, DepartmentLevel.CENTER, Locale.of("da"))));
        lines.add(measure("points per municipality, everything", () -> figures.perMunicipality(ids, from, to)));
        lines.add(measure("comparison table of all 98, one year", () -> reports.comparison(ids, year, Locale.of("da"))));
        lines.add(measure("unique citizens, everything", () -> figures.uniqueCitizens(ids, from, to)));
        SignedIn.signOut();
        Files.write(Path.of("target/benchmark-statistics.txt"), lines);
        lines.forEach(log::info);
    }

    private static String measure(String name, Supplier<?> query) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        var millis = new double[20];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return "%-48s p50 %7.1f ms   p95 %7.1f ms".formatted(name, millis[millis.length / 2],
                millis[(int) Math.ceil(millis.length * 0.95) - 1]);
    }

    private List<Long> seed() {
        var random = new Random(2026);
        var ids = new ArrayList<Long>();
        var departments = new ArrayList<long[]>();
        for (int m = 0; m < MUNICIPALITIES; m++) {
            long id = testMunicipalities.create(String.valueOf(400 + m), "bench-" + m, "Benchmark " + m,
                    new String[][]{{"C1", "Center 1"}, {"C2", "Center 2"}, {"C3", "Center 3"}, {"C4", "Center 4"}, {"C5", "Center 5"}});
            jdbc.update("insert into citizen_advisor_municipality (advisor_id, municipality_id) "
                    + "select id, ? from citizen_advisor where username = 'admin'", id);
            ids.add(id);
            departments.add(jdbc.queryForList("select id from department where municipality_id = ?", Long.class, id)
                    .stream().mapToLong(Long::longValue).toArray());
        }
        long caseId = jdbc.queryForObject("select coalesce(max(id), 0) from case_file", Long.class) + 1;
        int points = 0;
        var cases = new StringBuilder();
        var pointRows = new StringBuilder();
        var forwards = new StringBuilder();
        int batch = 0;
        while (points < POINTS) {
            int m = random.nextInt(MUNICIPALITIES);
            var day = LocalDate.of(FIRST_YEAR, 1, 1).plusDays(random.nextInt(365 * YEARS));
            long municipality = ids.get(m);
            long[] centres = departments.get(m);
            long department = centres[Math.min(random.nextInt(centres.length), random.nextInt(centres.length))];
            boolean noWork = random.nextInt(100) < 7;
            append(cases, "(%d,%d,'S-%d',%s,'PHONE','%s','%s 10:00:00','bench','Borger','k%07d','da','x',%b,'CLOSED','NOT_NEEDED','n')"
                    .formatted(caseId, municipality, caseId, "NULL", day, day, random.nextInt(400_000), noWork));
            int n = 1 + (random.nextInt(100) < 40 ? 1 + random.nextInt(2) : 0);
            for (int p = 0; p < n && points < POINTS; p++, points++) {
                var kind = KINDS[random.nextInt(KINDS.length)];
                var handling = kind.equals("COMPLAINT") ? "'" + HANDLINGS[random.nextInt(HANDLINGS.length)] + "'" : "NULL";
                append(pointRows, "(%d,%d,'%s',%b,'%s',%d,%s,'REGISTERED',%b,'%s 10:00:00')"
                        .formatted(caseId, municipality, day, p == 0, kind, department, handling, !noWork, day));
            }
            if (random.nextInt(100) < 25) {
                append(forwards, "(%d,%d,%d,'%s','%s',%s)".formatted(caseId, municipality, department, day, day.plusDays(14),
                        random.nextInt(100) < 80 ? "'" + day.plusDays(3 + random.nextInt(20)) + "'" : "NULL"));
            }
            caseId++;
            if (++batch == 2000) {
                flush(cases, pointRows, forwards);
                batch = 0;
            }
        }
        flush(cases, pointRows, forwards);
        return ids;
    }

    private static void append(StringBuilder rows, String row) {
        rows.append(rows.isEmpty() ? "" : ",").append(row);
    }

    private void flush(StringBuilder cases, StringBuilder points, StringBuilder forwards) {
        if (!cases.isEmpty()) {
            jdbc.update("insert into case_file (id, municipality_id, reference, inquiry_id, channel, registered_on, registered_at, "
                    + "registered_by, citizen_name, citizen_key, language, summary, no_real_case_work, status, poa_status, "
                    + "citizen_nonce) values " + cases);
        }
        if (!points.isEmpty()) {
            jdbc.update("insert into complaint_point (case_id, municipality_id, registered_on, main, kind, department_id, handling, "
                    + "origin, counted, created_at) values " + points);
        }
        if (!forwards.isEmpty()) {
            jdbc.update("insert into case_forward (case_id, municipality_id, department_id, forwarded_on, answer_deadline, "
                    + "answered_on) values " + forwards);
        }
        cases.setLength(0);
        points.setLength(0);
        forwards.setLength(0);
    }
}
