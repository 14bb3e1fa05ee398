package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipChange;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.persistence.ClusterLock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;

/**
 * The daily membership housekeeping: renewal reminders before expiry, grace after expiry, lapse after the grace
 * period, exits whose notice has run, and proposals that members without dues or participation for two years be
 * deemed to have left (a coordinator confirms). Safe on several nodes: one run at a time holds an advisory lock,
 * and every step is marked on the membership, so a second run finds nothing left to do.
 */
@ApplicationScoped
public class RenewalJob {

    public static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

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
        @SuppressWarnings("unchecked")
        List<Number> dueIds = em.createNativeQuery("select m.id from alliance_membership m join alliance a on a.id = m.alliance_id "
                        + "where m.status = 'ACTIVE' and m.valid_to >= cast(?1 as date) and m.valid_to <= cast(?1 as date) + a.reminder_days "
                        + "and (m.reminder_sent_for is null or m.reminder_sent_for <> m.valid_to) and (cast(?2 as bigint) = 0 or m.alliance_id = cast(?2 as bigint)) "
                        + "order by m.id limit " + BATCH)
                .setParameter(1, today).setParameter(2, allianceId == null ? 0L : allianceId).getResultList();
        List<Long> ids = dueIds.stream().map(Number::longValue).toList();
        for (Membership m : ids.isEmpty() ? List.<Membership>of()
                : em.createQuery("select m from Membership m join fetch m.alliance where m.id in :ids", Membership.class)
                .setParameter("ids", ids).getResultList()) {
            if (m.reminderDue(today)) {
                m.reminderSent();
                mails.renewalReminder(m, today);
                reminders++;
            }
        }
        // expiry, lapse and exits that have taken effect; only rows that are due, so members still in their grace
        // period never fill a batch and hold back the ones behind them
        @SuppressWarnings("unchecked")
        List<Number> expiringIds = em.createNativeQuery("select m.id from alliance_membership m join alliance a on a.id = m.alliance_id "
                        + "where ((m.status = 'ACTIVE' and m.valid_to < cast(?1 as date)) "
                        + "or (m.status = 'GRACE' and m.valid_to + a.grace_days < cast(?1 as date)) "
                        + "or (m.status = 'EXIT_NOTIFIED' and m.exit_effective_on <= cast(?1 as date))) "
                        + "and (cast(?2 as bigint) = 0 or m.alliance_id = cast(?2 as bigint)) order by m.id limit " + BATCH)
                .setParameter(1, today).setParameter(2, allianceId == null ? 0L : allianceId).getResultList();
        List<Long> expiring = expiringIds.stream().map(Number::longValue).toList();
        for (Membership m : expiring.isEmpty() ? List.<Membership>of()
                : em.createQuery("select m from Membership m join fetch m.alliance where m.id in :ids order by m.id", Membership.class)
                .setParameter("ids", expiring).getResultList()) {
            MembershipChange change = m.expireIfDue(today, now);
            if (change != null) {
                em.persist(change);
                audit.record("ALLIANCE_MEMBERSHIP_" + change.getToStatus(), "Membership", m.getId(), null, m.snapshot(), "renewal job");
                mails.statusChanged(m, today);
                changes++;
            }
        }
        // two years without dues and without attending any event: proposed as deemed to have left
        LocalDate cutoff = today.minusYears(Membership.DEEMED_LEFT_YEARS);
        List<Membership> silent = em.createQuery("select m from Membership m where m.status in :members and m.deemedLeftProposedAt is null "
                        + "and coalesce(m.validFrom, :today) < :cutoff and (:alliance = 0 or m.alliance.id = :alliance) "
                        + "and not exists (select p from DuesPayment p where p.membership = m and p.paidOn >= :cutoff) "
                        + "and not exists (select r from EventRegistration r where r.membership = m and r.attended = true and r.event.startsAt >= :cutoffInstant)",
                        Membership.class)
                .setParameter("members", EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.GRACE, MembershipStatus.LAPSED))
                .setParameter("today", today).setParameter("cutoff", cutoff).setParameter("alliance", allianceId == null ? 0L : allianceId)
                .setParameter("cutoffInstant", cutoff.atStartOfDay(ZoneOffset.UTC).toInstant())
                .setMaxResults(BATCH).getResultList();
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
