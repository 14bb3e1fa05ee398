package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The reminder run: batches of {@link ResidencyReminderBatch} until one is not full, each in its own transaction, so a
 * run reaches every due report and residency however many there are (nothing waits for the next hour) while no
 * transaction holds locks on thousands of rows. Several nodes may run at once: SKIP LOCKED gives each its own rows.
 */
@ApplicationScoped
public class ResidencyReminders {

    @Inject
    ResidencyReminderBatch batches;

    /** Runs until nothing is left; returns how many reports and residencies it acted on. */
    public int run() {
        int acted = 0;
        ResidencyReminderBatch.Batch batch;
        do {
            batch = batches.runBatch();
            acted += batch.total();
        } while (batch.full());
        return acted;
    }
}
