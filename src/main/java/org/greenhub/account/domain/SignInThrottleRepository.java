package org.greenhub.account.domain;

import java.time.Instant;
import java.util.Optional;

/** The sign-in throttle records, shared by every node. */
public interface SignInThrottleRepository {

    /** The record of a subject and source, read without a lock. */
    Optional<SignInThrottle> find(String subjectKey, String source);

    /** The record of a subject and source under its row lock ({@code select ... for update}). */
    Optional<SignInThrottle> findForUpdate(String subjectKey, String source);

    /** Reads a record again under its row lock, so a change made meanwhile by another node is seen. */
    void lock(SignInThrottle throttle);

    /** Removes at most {@code batch} records whose last failure is older than {@code cutoff}, skipping locked ones. */
    void forgetFailuresBefore(Instant cutoff, int batch);

    /** Creates the record of a subject and source with no failures, unless it exists (never waits for a lock). */
    void createIfAbsent(String subjectKey, String source, Instant now);

    void delete(String subjectKey, String source);

    void deleteEverySource(String subjectKey);
}
