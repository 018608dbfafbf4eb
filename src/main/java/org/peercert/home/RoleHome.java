package org.peercert.home;

import java.util.List;

/**
 * What one role can do in PeerCert: the cards of its home page and of {@code GET /api/{role}/home}.
 *
 * @param role    the realm role
 * @param title   the heading of the role's home
 * @param purpose one sentence on what people in this role do here
 * @param actions the things they can do now, each with a link
 */
public record RoleHome(String role, String title, String purpose, List<Action> actions) {

    /** One thing a role can do, with the page that does it. */
    public record Action(String title, String description, String href) {
    }
}
