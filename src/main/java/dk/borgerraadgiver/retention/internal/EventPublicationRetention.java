package dk.borgerraadgiver.retention.internal;

import dk.borgerraadgiver.shared.retention.DeletingSweep;
import dk.borgerraadgiver.shared.retention.RetentionKind;
import dk.borgerraadgiver.shared.retention.RetentionSweep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Completed publications of the Modulith event registry (incomplete ones stay until they are resubmitted). */
@Configuration(proxyBeanMethods = false)
class EventPublicationRetention {

    @Bean
    RetentionSweep eventPublicationSweep(JdbcTemplate jdbc) {
        return new DeletingSweep(jdbc, RetentionKind.EVENT_PUBLICATIONS,
                "from event_publication where completion_date is not null and completion_date < ?");
    }
}
