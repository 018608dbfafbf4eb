package org.peercert.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that only means "the database cannot be reached right now" (it is
 * restarting, or the pool could not get a connection in time), so that the answer is a 503 to
 * try again, not a 500 that suggests something was lost.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedIt(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || String.valueOf(sql.getMessage()).contains("Acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }
}
