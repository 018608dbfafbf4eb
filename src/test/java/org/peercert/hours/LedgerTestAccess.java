package org.peercert.hours;

import org.peercert.support.DemoUser;

/** Lets other features' tests enrol a demo trainee in the TCM core the way {@link LedgerTest} does. */
public final class LedgerTestAccess {

    private LedgerTestAccess() {
    }

    public static String enrolled(DemoUser trainee) {
        return LedgerTest.enrolled(trainee);
    }
}
