package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.account.domain.SignInThrottle;

import java.time.Instant;
import java.util.Optional;

/**
 * The sign-in throttle in the database, so every node counts the same failures. Each step runs in a transaction of
 * its own and commits at once; a record is changed only under its row lock (created with {@code on conflict do
 * nothing}, then {@code select ... for update}), so two nodes failing at the same moment both count.
 */
@ApplicationScoped
public class SignInThrottles {

    /** Forgotten records removed per failure, at most. */
    private static final int CLEAN_UP_BATCH = 100;

    @PersistenceContext
    EntityManager em;

    /**
     * Whether an attempt may go on to the password check.
     *
     * @param refused     true while the e-mail address is blocked from this source
     * @param waitSeconds how long it still is, when refused
     * @param charged     the attempt was already counted as a failure (see {@link #admit})
     */
    public record Admission(boolean refused, long waitSeconds, boolean charged) {
    }

    /**
     * Refuses an attempt while the address is blocked from this source. Where failures are already on record, the
     * attempt is counted as one more before the password is checked (and forgiven if it turns out right), so that
     * attempts sent in parallel, to any node, cannot all pass the check before the first failure is written.
     * An address with a clean record costs one read.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Admission admit(String subjectKey, String source, Instant now) {
        Optional<SignInThrottle> seen = find(subjectKey, source, LockModeType.NONE);
        if (seen.isEmpty()) {
            return new Admission(false, 0, false);
        }
        if (seen.get().isBlocked(now)) {
            return new Admission(true, seen.get().waitSeconds(now), false);
        }
        SignInThrottle throttle = seen.get();
        em.refresh(throttle, LockModeType.PESSIMISTIC_WRITE);
        if (throttle.isBlocked(now)) {
            return new Admission(true, throttle.waitSeconds(now), false);
        }
        throttle.recordFailure(now);
        return new Admission(false, 0, true);
    }

    /** Counts a failure not yet counted by {@link #admit}; may block further attempts from this source. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String subjectKey, String source, Instant now) {
        // Forget records without a failure for a day. SKIP LOCKED: never wait for (or deadlock with) another attempt.
        em.createNativeQuery("delete from sign_in_throttle where id in (select id from sign_in_throttle"
                        + " where last_failure_at < ?1 limit " + CLEAN_UP_BATCH + " for update skip locked)")
                .setParameter(1, now.minus(SignInThrottle.MEMORY))
                .executeUpdate();
        em.createNativeQuery("insert into sign_in_throttle (subject_key, source, failures, last_failure_at)"
                        + " values (?1, ?2, 0, ?3) on conflict (subject_key, source) do nothing")
                .setParameter(1, subjectKey)
                .setParameter(2, source)
                .setParameter(3, now)
                .executeUpdate();
        find(subjectKey, source, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new IllegalStateException("sign-in throttle row vanished"))
                .recordFailure(now);
    }

    /** A right password from this source: its failures are forgiven. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String subjectKey, String source) {
        em.createQuery("delete from SignInThrottle t where t.subjectKey = :key and t.source = :source")
                .setParameter("key", subjectKey).setParameter("source", source).executeUpdate();
    }

    /** A new password (proven through the mailbox or by the signed-in owner): every source starts afresh. */
    @Transactional
    public void clearEverywhere(String subjectKey) {
        em.createQuery("delete from SignInThrottle t where t.subjectKey = :key").setParameter("key", subjectKey).executeUpdate();
    }

    /** The record of an address and source, if any failure is on it (for the administrators' view and tests). */
    @Transactional
    public Optional<SignInThrottle> recordOf(String email, String remoteAddress) {
        return find(SignInThrottle.subjectKey(email), SignInThrottle.source(remoteAddress), LockModeType.NONE);
    }

    private Optional<SignInThrottle> find(String subjectKey, String source, LockModeType lock) {
        return em.createQuery("select t from SignInThrottle t where t.subjectKey = :key and t.source = :source", SignInThrottle.class)
                .setParameter("key", subjectKey).setParameter("source", source)
                .setLockMode(lock)
                .getResultStream().findFirst();
    }
}
