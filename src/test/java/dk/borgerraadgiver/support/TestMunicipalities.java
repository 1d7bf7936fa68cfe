package dk.borgerraadgiver.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh municipality with its centres, for tests that need clean figures. It is served by the test
 * advisor {@value #ADVISOR} (password as the demo users'), so the demo advisors' municipalities stay as
 * other tests expect them.
 */
public final class TestMunicipalities {

    private TestMunicipalities() {
    }

    public static final String ADVISOR = "tester";

    public static long create(JdbcTemplate jdbc, String code, String slug, String name, String[][] centres) {
        jdbc.update("insert ignore into citizen_advisor (username, password_hash, display_name, email) "
                + "select ?, password_hash, 'Test Rådgiver', 'tester@example.test' from citizen_advisor where username = 'anne'", ADVISOR);
        jdbc.update("insert ignore into citizen_advisor_role (advisor_id, role) select id, 'ADVISOR' from citizen_advisor "
                + "where username = ?", ADVISOR);
        jdbc.update("insert into municipality (code, slug, name, contact_phone, contact_email, phone_hours_da, phone_hours_en, "
                        + "complaint_age_limit_months, callback_working_days, accent_colour) values (?, ?, ?, '11 22 33 44', ?, "
                        + "'Hverdage 9–15', 'Weekdays 9–15', 12, 1, '#005f73')",
                code, slug, name, "borgerraadgiver@" + slug + ".test");
        long id = jdbc.queryForObject("select id from municipality where slug = ?", Long.class, slug);
        int order = 0;
        for (String[] centre : centres) {
            jdbc.update("insert into department (municipality_id, code, name, level, sort_order) values (?, ?, ?, 'CENTER', ?)",
                    id, centre[0], centre[1], order++);
        }
        jdbc.update("insert into citizen_advisor_municipality (advisor_id, municipality_id) "
                + "select id, ? from citizen_advisor where username = ?", id, ADVISOR);
        return id;
    }

    public static long department(JdbcTemplate jdbc, long municipalityId, String code) {
        return jdbc.queryForObject("select id from department where municipality_id = ? and code = ?", Long.class,
                municipalityId, code);
    }
}
