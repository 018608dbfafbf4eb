package org.peercert.web;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which failures answer 503 (try again) rather than 500: both of Agroal's acquisition timeouts,
 * the database away and every connection of the pool busy (as a burst of exam starts on two nodes
 * showed, docker/cluster/two-nodes.sh), and not an error that says something about the request.
 */
class DatabaseUnavailableTest {

    @Test
    void aBusyPoolIsUnavailableNotAnError() {
        assertTrue(unavailable(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(unavailable(new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(unavailable(new GenericJDBCException("could not execute statement",
                new SQLException("Duplicate entry '1' for key 'PRIMARY'", "23000", 1062))));
    }

    /**
     * The two shapes a database restart produced under load that were answered 500 before
     * (CI at e024db5, DatabaseRestartIT): a commit on a connection the server had closed, which
     * Narayana reports with the driver's error only as a suppressed exception; and a connection
     * that broke as the transaction enlisted it.
     */
    @Test
    void aRestartMidCommitOrMidEnlistIsUnavailable() {
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLNonTransientConnectionException("(conn=4) Socket error", "08000"));
        commit.addSuppressed(xa);
        RuntimeException thrown = new RuntimeException("Error invoking subclass method", commit);
        assertTrue(unavailable(thrown));
        assertTrue(DatabaseUnavailable.commitUnconfirmed(thrown));

        GenericJDBCException enlist = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Exception in association of connection to existing transaction",
                        new SQLException("Failed to enlist. Check if a connection from another datasource is already enlisted to the same transaction")));
        assertTrue(unavailable(enlist));
        assertFalse(DatabaseUnavailable.commitUnconfirmed(enlist), "nothing was sent yet: plainly unavailable");

        RuntimeException bugThenDeadRollback = new IllegalStateException("a bug");
        bugThenDeadRollback.addSuppressed(new SQLNonTransientConnectionException("(conn=4) Socket error", "08000"));
        assertFalse(unavailable(bugThenDeadRollback), "a bug whose rollback met a dead connection is still a bug");

        jakarta.transaction.RollbackException rolledBackForAReason = new jakarta.transaction.RollbackException("marked for rollback");
        assertFalse(unavailable(rolledBackForAReason));
        assertFalse(DatabaseUnavailable.commitUnconfirmed(rolledBackForAReason));
    }

    private static boolean unavailable(Throwable failure) {
        return DatabaseUnavailable.cause(failure).isPresent();
    }
}
