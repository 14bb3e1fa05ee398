package org.greenhub.alliance.application;

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

/** Runs the membership housekeeping every hour on every node; the job's lock and marks keep nodes from colliding. */
@ApplicationScoped
public class RenewalScheduler {

    private static final Logger LOG = Logger.getLogger(RenewalScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    AllianceRenewals renewals;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(DatabaseMigration.PRIORITY + 60) @Initialized(ApplicationScoped.class) Object event) {
        task = executor.scheduleWithFixedDelay(this::runOnce, 5, 60, TimeUnit.MINUTES);
    }

    private void runOnce() {
        try {
            renewals.runNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Alliance renewal run failed; it will be retried", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
