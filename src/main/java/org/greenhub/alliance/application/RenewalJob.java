package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipChange;
import org.greenhub.alliance.domain.MembershipRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.persistence.ClusterLock;

/**
 * The daily membership housekeeping: renewal reminders before expiry, grace after expiry, lapse after the grace
 * period, exits whose notice has run, and proposals that members without dues or participation for two years be
 * deemed to have left (a coordinator confirms). Safe on several nodes: one run at a time holds an advisory lock,
 * and every step is marked on the membership, so a second run finds nothing left to do.
 */
@ApplicationScoped
public class RenewalJob {

    public static final int BATCH = 500;

    @Inject
    MembershipRepository memberships;

    @Inject
    ClusterLock lock;

    @Inject
    AllianceMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One run as of {@code today}, for every alliance ({@code allianceId} null) or for one. */
    @Transactional
    public Result run(LocalDate today, Long allianceId) {
        lock.acquireForTransaction("greenhub.alliance.renewals");
        Instant now = Instant.now(clock);
        int reminders = 0;
        int changes = 0;
        int proposals = 0;
        // reminders: active members whose validity ends within their alliance's reminder period
        List<Long> ids = memberships.dueForReminder(today, allianceId, BATCH);
        for (Membership m : ids.isEmpty() ? List.<Membership>of() : memberships.withAlliance(ids)) {
            if (m.reminderDue(today)) {
                m.reminderSent();
                mails.renewalReminder(m, today);
                reminders++;
            }
        }
        // expiry, lapse and exits that have taken effect; only rows that are due, so members still in their grace
        // period never fill a batch and hold back the ones behind them
        List<Long> expiring = memberships.dueToMoveOn(today, allianceId, BATCH);
        for (Membership m : expiring.isEmpty() ? List.<Membership>of() : memberships.withAllianceInIdOrder(expiring)) {
            MembershipChange change = m.expireIfDue(today, now);
            if (change != null) {
                memberships.addChange(change);
                audit.record(
                        "ALLIANCE_MEMBERSHIP_" + change.getToStatus(),
                        "Membership",
                        m.getId(),
                        null,
                        m.snapshot(),
                        "renewal job");
                mails.statusChanged(m, today);
                changes++;
            }
        }
        // two years without dues and without attending any event: proposed as deemed to have left
        LocalDate cutoff = today.minusYears(Membership.DEEMED_LEFT_YEARS);
        List<Membership> silent = memberships.silentSince(cutoff, today, allianceId, BATCH);
        for (Membership m : silent) {
            m.proposeDeemedLeft(now);
            audit.record("ALLIANCE_DEEMED_LEFT_PROPOSED", "Membership", m.getId(), null, m.snapshot(), "renewal job");
            proposals++;
        }
        return new Result(reminders, changes, proposals);
    }

    public record Result(int reminders, int changes, int proposals) {

        static final Result NONE = new Result(0, 0, 0);

        /** A part took a whole batch: there may be more waiting. */
        public boolean full() {
            return reminders >= BATCH || changes >= BATCH || proposals >= BATCH;
        }

        Result plus(Result other) {
            return new Result(reminders + other.reminders, changes + other.changes, proposals + other.proposals);
        }
    }
}
