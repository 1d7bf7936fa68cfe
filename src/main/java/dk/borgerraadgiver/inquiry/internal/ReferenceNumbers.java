package dk.borgerraadgiver.inquiry.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code BR-2026-000123}: numbered per municipality and year without gaps or duplicates. The counter
 * row is locked until the inquiry's transaction ends, so a rolled-back inquiry gives its number back.
 */
@Component
public class ReferenceNumbers {

    private final JdbcTemplate jdbc;

    ReferenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the transaction that stores the inquiry. */
    public String next(long municipalityId, int year) {
        jdbc.update("""
                INSERT INTO inquiry_reference_counter (municipality_id, year, last_value) VALUES (?, ?, LAST_INSERT_ID(1))
                ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)""", municipalityId, year);
        Long value = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        return "BR-%d-%06d".formatted(year, value);
    }
}
