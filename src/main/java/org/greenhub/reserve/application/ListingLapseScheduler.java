package org.greenhub.reserve.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenhub.platform.persistence.DatabaseMigration;

/**
 * Runs the lapse job every hour on every node (a listing ends at midnight in its call's zone, and the zones differ by
 * hours); the job's lock keeps nodes from colliding. A full batch is followed at once by the next.
 */
@ApplicationScoped
public class ListingLapseScheduler {

    private static final Logger LOG = Logger.getLogger(ListingLapseScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ListingLapseJob job;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(DatabaseMigration.PRIORITY + 70) @Initialized(ApplicationScoped.class) Object event) {
        task = executor.scheduleWithFixedDelay(this::runOnce, 7, 60, TimeUnit.MINUTES);
    }

    private void runOnce() {
        try {
            while (job.run() >= ListingLapseJob.BATCH) {
                // a full batch: there may be more waiting
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reserve lapse run failed; it will be retried", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
