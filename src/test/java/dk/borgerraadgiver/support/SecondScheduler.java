package dk.borgerraadgiver.support;

import java.time.Duration;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;

/** A second application instance's scheduler on the same database, competing for the same jobs. */
public final class SecondScheduler implements AutoCloseable {

    private final Scheduler scheduler;

    private SecondScheduler(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    public static SecondScheduler start(DataSource dataSource, Task<?> task) {
        var scheduler = Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed("second-instance"))
                .pollingInterval(Duration.ofMillis(500))
                .alwaysPersistTimestampInUTC()
                .threads(2)
                .build();
        scheduler.start();
        return new SecondScheduler(scheduler);
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
