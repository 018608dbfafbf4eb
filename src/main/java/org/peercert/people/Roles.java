package org.peercert.people;

import java.util.List;

/** The Keycloak realm roles PeerCert knows. Their meaning is in shared/DOMAIN.md. */
public final class Roles {
    public static final String TRAINEE = "trainee";
    public static final String INSTRUCTOR = "instructor";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    /** In the order the navigation shows them. */
    public static final List<String> ALL = List.of(TRAINEE, INSTRUCTOR, REVIEWER, ADMIN);

    private Roles() {
    }

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
