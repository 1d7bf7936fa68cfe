package dk.borgerraadgiver.retention.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dk.borgerraadgiver.retention.RetentionProperties;
import dk.borgerraadgiver.retention.RetentionRuns;
import dk.borgerraadgiver.shared.PortalTime;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly retention run as a db-scheduler recurring task: the execution is one row in
 * {@code scheduled_tasks}, so however many instances of the portal run, one of them picks it each night.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyRetention {

    public static final String TASK_NAME = "retention-run";

    @Bean
    RecurringTask<Void> retentionRunTask(RetentionRuns runs, RetentionProperties properties) {
        return Tasks.recurring(TASK_NAME, Schedules.daily(PortalTime.ZONE, properties.runAt()))
                .execute((instance, context) -> runs.runNightly());
    }
}
