package org.greenhub.platform.error;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Tells a failure caused by the database being out of reach (PostgreSQL restarting, stopped or cut off) from any
 * other failure. Such a request answers 503 with {@code Retry-After} (the error page, or a problem document in the
 * API), is logged in one line instead of a stack trace, and nothing of it was stored: its transaction could not
 * commit. The connection pool replaces broken connections by itself once the database is back.
 */
public final class DatabaseUnavailable {

    /** What a 503 answer suggests in {@code Retry-After}: PostgreSQL restarts within seconds. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class.getName());

    private DatabaseUnavailable() {}

    /**
     * Whether the failure, or any of its causes or the exceptions suppressed on the way, is PostgreSQL refusing or
     * dropping the connection: SQLSTATE class 08 (connection exception: refused, broken, closed) or 57P01-57P03 (shut
     * down by an administrator, after a crash, still starting up). The pool wraps these when it cannot open a
     * connection, Hibernate wraps them in turn, and a commit that failed keeps them among its suppressed exceptions.
     */
    public static boolean isCause(Throwable failure) {
        return connectionFailure(failure) != null;
    }

    /** Logs the failure in one line (a database restart would otherwise fill the log with stack traces). */
    public static void log(String what, Throwable failure) {
        SQLException cause = connectionFailure(failure);
        LOG.warning(() -> what + " failed: the database is unavailable ("
                + (cause == null ? failure : cause.getSQLState() + " " + cause.getMessage()) + ")");
    }

    /** The first connection failure found, breadth first, among the causes and suppressed exceptions. */
    private static SQLException connectionFailure(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return sql;
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            pending.addAll(Arrays.asList(next.getSuppressed()));
        }
        return null;
    }
}
