package org.peercert.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
    private static final Set<Integer> OUT_OF_ROOM = Set.of(1114, 1021, 3);

    /** The database refused to store more: a disk or table is full. The transaction was rolled back. */
    static boolean outOfRoom(Throwable failure) {
        return find(failure, t -> t instanceof SQLException sql && OUT_OF_ROOM.contains(sql.getErrorCode())).isPresent();
    }

    /**
     * The driver's or the pool's own report that the database could not be reached, before or
     * while the request's statements ran; empty for any other failure.
     */
    static Optional<Throwable> cause(Throwable failure) {
        return find(failure, DatabaseUnavailable::connectionFailure);
    }

    /**
     * The connection broke as the transaction was committed. Narayana reports that as a
     * RollbackException carrying the XA resource's error, with the driver's under it, only as a
     * suppressed exception. The server normally rolls such a transaction back, but the service
     * never heard that it did, so the answer says the change was not confirmed rather than
     * "nothing was saved".
     */
    static boolean commitUnconfirmed(Throwable failure) {
        return find(failure, t -> t instanceof javax.transaction.xa.XAException && find(t, DatabaseUnavailable::connectionFailure).isPresent())
                .isPresent();
    }

    private static boolean connectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        // Agroal says "Acquisition timeout while waiting for new connection" when the database is
        // away, and "Sorry, acquisition timeout!" when every connection of the pool is busy. It says
        // "Failed to enlist" when a fresh connection breaks as the transaction takes it: with a
        // single datasource nothing else makes enlisting fail.
        return sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                || message.contains("acquisition timeout") || message.contains("failed to enlist");
    }

    /**
     * The first throwable that passes {@code test}, among the causes and, under a transaction's
     * commit failure only, its suppressed exceptions (where Narayana puts the resources' errors):
     * a bug whose rollback then met a dead connection is still a bug.
     */
    private static Optional<Throwable> find(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.push(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return Optional.of(t);
            }
            if (t.getCause() != null) {
                todo.push(t.getCause());
            }
            if (t instanceof jakarta.transaction.RollbackException || t instanceof jakarta.transaction.HeuristicMixedException) {
                for (Throwable suppressed : t.getSuppressed()) {
                    todo.push(suppressed);
                }
            }
        }
        return Optional.empty();
    }
}
