package org.peercert.home;

import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Browser sessions through the proxy in front of two nodes ({@code docker/cluster/two-nodes.sh}):
 * each login starts on one node and comes back from Keycloak to the other (the proxy alternates),
 * so the other node must read the login's state cookie; then every page, on either node, must read
 * the session cookie without sending the trainee back to Keycloak. The proxy names the node that
 * answered in {@code X-Upstream}.
 */
class SessionClusterRun {

    private static final String URL = System.getProperty("cluster.url", "http://localhost:8088");
    private static final int LOGINS = Integer.getInteger("cluster.sessions.logins", 6);
    private static final int PAGES = 6;

    @Test
    void aSessionBegunOnOneNodeIsReadOnBoth() throws Exception {
        Set<String> nodes = new HashSet<>();
        for (int i = 0; i < LOGINS; i++) {
            CodeFlowSession session = CodeFlowSession.login(URI.create(URL + "/").toURL(), DemoUser.TRAINEE1);
            for (int k = 0; k < PAGES; k++) {
                HttpResponse<String> page = session.get("/trainee");
                assertEquals(200, page.statusCode(), "page " + k + " of login " + i);
                assertTrue(page.previousResponse().isEmpty(), "sent back to Keycloak: the node could not read the session: "
                        + page.previousResponse().map(HttpResponse::uri).orElse(null));
                assertTrue(page.body().contains(DemoUser.TRAINEE1.legalName), "the trainee's own page");
                nodes.add(page.headers().firstValue("X-Upstream").orElse("?"));
            }
        }
        System.out.printf("SessionClusterRun: %d logins, %d pages each, answered by %s%n", LOGINS, PAGES, nodes);
        assertEquals(2, nodes.size(), "pages answered by both nodes: " + nodes);
    }
}
