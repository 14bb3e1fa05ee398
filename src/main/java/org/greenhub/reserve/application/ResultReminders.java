package org.greenhub.reserve.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenhub.platform.persistence.DatabaseMigration;

/**
 * Runs the results reminders every hour on every node (batches until one is not full); the job's lock and marks keep
 * nodes from sending twice. Hourly rather than daily, so a node restarted at the wrong moment never skips a day.
 */
@ApplicationScoped
public class ResultReminders {

    private static final Logger LOG = Logger.getLogger(ResultReminders.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ResultReminderJob job;

    @Inject
    Clock clock;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(DatabaseMigration.PRIORITY + 70) @Initialized(ApplicationScoped.class) Object event) {
        // starts 7 minutes in, away from the alliance renewals' start, so the two do not compete at boot
        task = executor.scheduleWithFixedDelay(this::runOnce, 7, 60, TimeUnit.MINUTES);
    }

    /** Every due reminder as of today (UTC). */
    public int runNow() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        int total = 0;
        int batch;
        do {
            batch = job.run(today);
            total += batch;
        } while (batch >= ResultReminderJob.BATCH);
        return total;
    }

    private void runOnce() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reserve results reminders failed; they will be retried", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
