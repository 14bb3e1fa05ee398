package org.greenhub.zone.application;

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

/** Runs the declaring reminders on every node, first a minute after start, then hourly; the cluster lock and the recorded reminders keep nodes apart. */
@ApplicationScoped
public class DeclaringReminderScheduler {

    private static final Logger LOG = Logger.getLogger(DeclaringReminderScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    DeclaringReminders reminders;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(DatabaseMigration.PRIORITY + 70) @Initialized(ApplicationScoped.class) Object event) {
        task = executor.scheduleWithFixedDelay(this::runOnce, 60, 3600, TimeUnit.SECONDS);
    }

    private void runOnce() {
        try {
            // One line an hour per node: an operator (and the cluster test) sees each node ran, and which one reminded.
            int reminded = reminders.runNow();
            LOG.info(() -> "Declaring reminders ran on this node: " + reminded + " enterprise(s) reminded");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Declaring reminders failed; they run again within the hour", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
