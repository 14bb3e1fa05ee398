package org.greenhub.incubation.application;

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
 * Every minute, on every node: offers whose deadline has passed expire and their places go to the wait-list. Each
 * offer is handled in its own transaction under its call's row lock, so two nodes never expire one offer twice nor
 * hand out a place twice.
 */
@ApplicationScoped
public class OfferExpiryScheduler {

    private static final Logger LOG = Logger.getLogger(OfferExpiryScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    IntakeDecisions decisions;

    private ScheduledFuture<?> task;

    void start(
            @Observes @Priority(DatabaseMigration.PRIORITY + 60) @Initialized(ApplicationScoped.class) Object event) {
        task = executor.scheduleWithFixedDelay(this::runOnce, 20, 60, TimeUnit.SECONDS);
    }

    /** @return how many offers expired */
    public int runOnce() {
        int expired = 0;
        try {
            for (Long id : decisions.dueOffers(200)) {
                if (decisions.expireOffer(id)) {
                    expired++;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Offer expiry run failed; it will be retried", e);
        }
        return expired;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
