package org.greenhub.testsupport;

import org.hibernate.SessionEventListener;

/**
 * Counts the SQL statements Hibernate prepares on the calling thread. The test deployment registers it on every
 * session ({@link Deployments}). Hibernate's own statistics count the whole persistence unit, so a background job (the
 * mail outbox polls every three seconds) that runs during a measurement adds its statements to the test's; this
 * counter sees only the test's own calls, which run on its thread.
 */
public class ThreadStatements implements SessionEventListener {

    private static final long serialVersionUID = 1L;

    private static final ThreadLocal<long[]> PREPARED = ThreadLocal.withInitial(() -> new long[1]);

    /** Hibernate creates one per session, by this name ({@code hibernate.session.events.auto}). */
    public ThreadStatements() {}

    @Override
    public void jdbcPrepareStatementStart() {
        PREPARED.get()[0]++;
    }

    /** Starts a measurement on this thread. */
    public static void reset() {
        PREPARED.get()[0] = 0;
    }

    /** The statements prepared on this thread since {@link #reset()}. */
    public static long prepared() {
        return PREPARED.get()[0];
    }
}
