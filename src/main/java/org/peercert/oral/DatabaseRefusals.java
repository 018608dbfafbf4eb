package org.peercert.oral;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Reads why MariaDB refused a write: which unique key it would have broken, a deadlock between
 * two bookings at the same moment, or a rule of a trigger (SIGNAL). The keys are named in V20.
 */
final class DatabaseRefusals {

    private static final int DUPLICATE_KEY = 1062;
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int SIGNALLED = 1644;

    private DatabaseRefusals() {
    }

    /** Whether the write broke the unique key with this name ({@code PRIMARY} for a primary key). */
    static boolean brokeKey(Throwable e, String key) {
        return sql(e).filter(s -> s.getErrorCode() == DUPLICATE_KEY && String.valueOf(s.getMessage()).contains("'" + key + "'"))
                .isPresent();
    }

    /** Whether two transactions met on the same rows and this one was chosen to give way. */
    static boolean collided(Throwable e) {
        return sql(e).filter(s -> s.getErrorCode() == DEADLOCK || s.getErrorCode() == LOCK_WAIT_TIMEOUT).isPresent();
    }

    /** The message of a trigger's SIGNAL, if a trigger refused the write. */
    static Optional<String> triggerRule(Throwable e) {
        return sql(e).filter(s -> s.getErrorCode() == SIGNALLED).map(SQLException::getMessage);
    }

    private static Optional<SQLException> sql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
