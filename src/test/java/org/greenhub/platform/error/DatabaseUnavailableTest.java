package org.greenhub.platform.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void connectionFailuresDeepInTheCausesCount() {
        // As the pool and Hibernate wrap a refused connection.
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001");
        RuntimeException wrapped = new IllegalStateException(
                "Unable to acquire JDBC Connection",
                new SQLException("IJ000453: Unable to get managed connection", new Exception("IJ031084", refused)));
        assertTrue(DatabaseUnavailable.isCause(wrapped));
        assertTrue(DatabaseUnavailable.isCause(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseUnavailable.isCause(new SQLException("This connection has been closed.", "08003")));
    }

    @Test
    void aCommitThatFailedKeepsTheCauseAmongItsSuppressedExceptions() {
        // As Narayana reports a commit on a connection PostgreSQL cut: RollbackException, the cause suppressed.
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new Exception(
                "IJ001156: Could not commit local transaction",
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseUnavailable.isCause(new RuntimeException(rollback)));
    }

    @Test
    void otherDatabaseErrorsDoNot() {
        assertFalse(DatabaseUnavailable.isCause(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("canceling statement due to user request", "57014")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("no state")));
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("not a database error")));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(DatabaseUnavailable.isCause(first));
    }
}
