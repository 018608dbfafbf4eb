package org.peercert.web;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

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
        assertTrue(DatabaseUnavailable.causedIt(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(DatabaseUnavailable.causedIt(new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(DatabaseUnavailable.causedIt(new GenericJDBCException("could not execute statement",
                new SQLException("Duplicate entry '1' for key 'PRIMARY'", "23000", 1062))));
    }
}
