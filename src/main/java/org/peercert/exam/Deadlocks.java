package org.peercert.exam;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import org.peercert.web.UserFacingException;

import java.util.function.Supplier;

/**
 * Runs a transactional call again when MariaDB rolled it back as a deadlock victim, as its
 * message asks ("try restarting transaction"); many trainees submitting in the same second can
 * meet on the same index pages. The call must start its own transaction.
 */
final class Deadlocks {

    private static final int TRIES = 3;

    private Deadlocks() {
    }

    static <T> T retry(Supplier<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.get();
            } catch (PessimisticLockException | LockTimeoutException e) {
                if (attempt == TRIES) {
                    throw new UserFacingException(503, "The exam service is busy this second; your answers are saved. Try again.");
                }
            }
        }
    }
}
