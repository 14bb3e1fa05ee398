package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The scheduled renewal run: {@link RenewalJob} batches, each in its own transaction under the cluster lock, until
 * one is not full, so a run reaches every due membership of every alliance however many there are.
 */
@ApplicationScoped
public class AllianceRenewals {

    @Inject
    RenewalJob job;

    @Inject
    Clock clock;

    /** Runs as of today (UTC) for every alliance; returns what was done in all. */
    public RenewalJob.Result runNow() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        RenewalJob.Result total = RenewalJob.Result.NONE;
        RenewalJob.Result batch;
        do {
            batch = job.run(today, null);
            total = total.plus(batch);
        } while (batch.full());
        return total;
    }
}
