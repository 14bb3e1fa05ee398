package org.greenhub.competition.award.application;

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
 * Marks award results final once their notice period is over and every objection is decided, every minute on every
 * node. Two nodes never finalise the same result: {@link AwardService#finaliseDue()} claims rows with SKIP LOCKED and
 * the result's version column refuses a second write. Pages do not wait for it: they compute finality themselves.
 */
@ApplicationScoped
public class AwardFinaliser {

    private static final Logger LOG = Logger.getLogger(AwardFinaliser.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    AwardService awards;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(DatabaseMigration.PRIORITY + 60) @Initialized(ApplicationScoped.class) Object event) {
        task = executor.scheduleWithFixedDelay(this::runOnce, 20, 60, TimeUnit.SECONDS);
    }

    private void runOnce() {
        try {
            while (awards.finaliseDue() > 0) {
                // more may be due
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Award finalisation failed; it will be retried", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
