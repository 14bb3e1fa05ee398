package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.greenhub.account.domain.SignInThrottle;
import org.greenhub.account.domain.SignInThrottleRepository;

/**
 * The sign-in throttle in the database, so every node counts the same failures. Each step runs in a transaction of
 * its own and commits at once; a record is changed only under its row lock (created with {@code on conflict do
 * nothing}, then {@code select ... for update}), so two nodes failing at the same moment both count.
 */
@ApplicationScoped
public class SignInThrottles {

    /** Forgotten records removed per failure, at most. */
    private static final int CLEAN_UP_BATCH = 100;

    @Inject
    SignInThrottleRepository throttles;

    /**
     * Whether an attempt may go on to the password check.
     *
     * @param refused     true while the e-mail address is blocked from this source
     * @param waitSeconds how long it still is, when refused
     * @param charged     the attempt was already counted as a failure (see {@link #admit})
     */
    public record Admission(boolean refused, long waitSeconds, boolean charged) {}

    /**
     * Refuses an attempt while the address is blocked from this source. Where failures are already on record, the
     * attempt is counted as one more before the password is checked (and forgiven if it turns out right), so that
     * attempts sent in parallel, to any node, cannot all pass the check before the first failure is written.
     * An address with a clean record costs one read.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Admission admit(String subjectKey, String source, Instant now) {
        Optional<SignInThrottle> seen = throttles.find(subjectKey, source);
        if (seen.isEmpty()) {
            return new Admission(false, 0, false);
        }
        if (seen.get().isBlocked(now)) {
            return new Admission(true, seen.get().waitSeconds(now), false);
        }
        SignInThrottle throttle = seen.get();
        throttles.lock(throttle);
        if (throttle.isBlocked(now)) {
            return new Admission(true, throttle.waitSeconds(now), false);
        }
        throttle.recordFailure(now);
        return new Admission(false, 0, true);
    }

    /** Counts a failure not yet counted by {@link #admit}; may block further attempts from this source. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(String subjectKey, String source, Instant now) {
        // Forget records without a failure for a day.
        throttles.forgetFailuresBefore(now.minus(SignInThrottle.MEMORY), CLEAN_UP_BATCH);
        throttles.createIfAbsent(subjectKey, source, now);
        throttles
                .findForUpdate(subjectKey, source)
                .orElseThrow(() -> new IllegalStateException("sign-in throttle row vanished"))
                .recordFailure(now);
    }

    /** A right password from this source: its failures are forgiven. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String subjectKey, String source) {
        throttles.delete(subjectKey, source);
    }

    /** A new password (proven through the mailbox or by the signed-in owner): every source starts afresh. */
    @Transactional
    public void clearEverywhere(String subjectKey) {
        throttles.deleteEverySource(subjectKey);
    }

    /** The record of an address and source, if any failure is on it (for the administrators' view and tests). */
    @Transactional
    public Optional<SignInThrottle> recordOf(String email, String remoteAddress) {
        return throttles.find(SignInThrottle.subjectKey(email), SignInThrottle.source(remoteAddress));
    }
}
