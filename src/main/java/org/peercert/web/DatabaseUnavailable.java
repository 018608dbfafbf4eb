package org.peercert.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises failures of the database that say nothing about the request: it cannot be reached
 * right now (it is restarting, or the pool could not get a connection in time), or it has no room
 * to store more. Either way the change was rolled back whole, so the answer is a 503 to try
 * again, not a 500 that suggests something was half-done.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** MariaDB's "the table is full" (1114), "disk full" (1021) and "error writing file" (3). */
    private static final java.util.Set<Integer> OUT_OF_ROOM = java.util.Set.of(1114, 1021, 3);

    /** The database refused to store more: a disk or table is full. The transaction was rolled back. */
    static boolean outOfRoom(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && OUT_OF_ROOM.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    static boolean causedIt(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            // Agroal says "Acquisition timeout while waiting for new connection" when the database is
            // away, and "Sorry, acquisition timeout!" when every connection of the pool is busy.
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }
}
