package dk.borgerraadgiver.notification.internal;

import dk.borgerraadgiver.shared.retention.DeletingSweep;
import dk.borgerraadgiver.shared.retention.RetentionKind;
import dk.borgerraadgiver.shared.retention.RetentionSweep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records of mail that was sent, skipped or given up on are deleted after the municipality's mail period. */
@Configuration(proxyBeanMethods = false)
class MailRecordRetention {

    @Bean
    RetentionSweep mailRecordSweep(JdbcTemplate jdbc) {
        return new DeletingSweep(jdbc, RetentionKind.MAIL_RECORDS,
                "from mail_delivery where municipality_id = ? and status <> 'PENDING' and last_attempt_at < ?");
    }
}
