package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The scheduled reminder run: {@link DeclaringReminderJob} batches, each in its own transaction under the cluster
 * lock, until one is not full, so every enterprise due a reminder gets it in this run however many there are.
 */
@ApplicationScoped
public class DeclaringReminders {

    @Inject
    DeclaringReminderJob job;

    @Inject
    Clock clock;

    /** Runs now for every zone; answers how many enterprises were reminded. */
    public int runNow() {
        Instant now = Instant.now(clock);
        int total = 0;
        int batch;
        do {
            batch = job.run(now, null);
            total += batch;
        } while (batch >= DeclaringReminderJob.BATCH);
        return total;
    }
}
