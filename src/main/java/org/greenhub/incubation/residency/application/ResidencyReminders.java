package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The reminder run: batches of {@link ResidencyReminderBatch} until one is not full, each in its own transaction, so a
 * run reaches every due report and residency however many there are (nothing waits for the next hour) while no
 * transaction holds locks on thousands of rows. Several nodes may run at once: SKIP LOCKED gives each its own rows.
 * On one node, runs take turns: a run started while another is draining (the hourly job and a manager's or a test's
 * run) waits for it and then takes what is left, so a run that returns has seen every due row that is not another
 * node's.
 */
@ApplicationScoped
public class ResidencyReminders {

    @Inject
    ResidencyReminderBatch batches;

    private final ReentrantLock oneRunAtATime = new ReentrantLock();

    /** Runs until nothing is left; returns how many reports and residencies it acted on. */
    public int run() {
        oneRunAtATime.lock();
        try {
            int acted = 0;
            ResidencyReminderBatch.Batch batch;
            do {
                batch = batches.runBatch();
                acted += batch.total();
            } while (batch.full());
            return acted;
        } finally {
            oneRunAtATime.unlock();
        }
    }
}
