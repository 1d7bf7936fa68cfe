package dk.borgerraadgiver.security.internal;

import dk.borgerraadgiver.shared.retention.DeletingSweep;
import dk.borgerraadgiver.shared.retention.RetentionKind;
import dk.borgerraadgiver.shared.retention.RetentionSweep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Expired invitation and password links, and the administration log after its period. */
@Configuration(proxyBeanMethods = false)
class StaffRecordSweeps {

    @Bean
    RetentionSweep staffLinkSweep(JdbcTemplate jdbc) {
        return new DeletingSweep(jdbc, RetentionKind.STAFF_LINKS, "from staff_link where expires_at < ?");
    }

    @Bean
    RetentionSweep administrationLogSweep(JdbcTemplate jdbc) {
        return new DeletingSweep(jdbc, RetentionKind.ADMINISTRATION_LOG, "from admin_change where happened_at < ?");
    }
}
