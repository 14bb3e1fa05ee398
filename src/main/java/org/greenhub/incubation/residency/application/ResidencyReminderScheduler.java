package org.greenhub.incubation.residency.application;

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

/** Runs the residency reminders on every node, first a minute after start, then hourly; row locks keep nodes apart. */
@ApplicationScoped
public class ResidencyReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ResidencyReminderScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    ResidencyReminders reminders;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(DatabaseMigration.PRIORITY + 60) @Initialized(ApplicationScoped.class) Object event) {
        task = executor.scheduleWithFixedDelay(this::runOnce, 60, 3600, TimeUnit.SECONDS);
    }

    private void runOnce() {
        try {
            reminders.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Residency reminders failed; they run again within the hour", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
