package org.greenhub.platform.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenhub.platform.error.DatabaseUnavailable;
import org.greenhub.platform.persistence.DatabaseMigration;

/** Runs the outbox worker every few seconds on every node; the worker's row locks keep nodes from colliding. */
@ApplicationScoped
public class OutboxScheduler {

    private static final Logger LOG = Logger.getLogger(OutboxScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    OutboxWorker worker;

    @Inject
    Clock clock;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(DatabaseMigration.PRIORITY + 50) @Initialized(ApplicationScoped.class) Object event) {
        task = executor.scheduleWithFixedDelay(this::runOnce, 2, 3, TimeUnit.SECONDS);
    }

    private void runOnce() {
        try {
            while (worker.sendDue(Instant.now(clock)) > 0) {
                // keep draining while there is a backlog
            }
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.isCause(e)) {
                // every 3 s while PostgreSQL is down: one line each, not a stack trace
                DatabaseUnavailable.log("The outbox run (retried in 3 s)", e);
                return;
            }
            LOG.log(Level.WARNING, "Outbox run failed; it will be retried", e);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
