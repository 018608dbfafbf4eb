package org.peercert.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit log against the real database: state changes append events with who, what, when
 * and from where; the chain stays whole under concurrent changes; and a row changed or removed
 * behind PeerCert's back, straight in MariaDB, is found.
 */
@QuarkusTest
class AuditLogTest {

    private static final String CORE = "ky-tcm-core";

    @Inject
    AuditVerification verification;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void aCorrectionIsAnEventWithItsActorRoleAddressAndReason() {
        String trainee = org.peercert.hours.LedgerTestAccess.enrolled(DemoUser.TRAINEE1);
        String reason = "Make-up session " + System.nanoTime();
        correct(trainee, reason);
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).queryParam("action", "hours.correction").queryParam("trainee", trainee)
                .get("/api/audit").then().statusCode(200)
                .body("find { it.details.contains('" + reason + "') }.actorName", equalTo(DemoUser.ADMIN1.legalName))
                .body("find { it.details.contains('" + reason + "') }.actorRoles", equalTo("admin"))
                .body("find { it.details.contains('" + reason + "') }.clientAddress", equalTo("127.0.0.1"))
                .body("find { it.details.contains('" + reason + "') }.courseId", equalTo(CORE));
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).queryParam("action", "enrolment.").get("/api/audit").then()
                .statusCode(200).body("action", hasItem("enrolment.created"));
    }

    @Test
    void onlyReviewersAndAdminsReadTheLog() {
        for (DemoUser other : List.of(DemoUser.TRAINEE1, DemoUser.INSTRUCTOR1)) {
            given().auth().oauth2(other.accessToken()).get("/api/audit").then().statusCode(403);
            given().auth().oauth2(other.accessToken()).get("/api/audit/verification").then().statusCode(403);
        }
        given().get("/api/audit").then().statusCode(401);
        assertEquals(403, CodeFlowSession.login(root, DemoUser.TRAINEE1).get("/audit").statusCode());
    }

    @Test
    void concurrentChangesMakeOneUnbrokenChain() {
        String trainee = org.peercert.hours.LedgerTestAccess.enrolled(DemoUser.TRAINEE2);
        String admin = DemoUser.ADMIN1.accessToken();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        List<CompletableFuture<Integer>> changes = IntStream.range(0, 20).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                given().auth().oauth2(admin).contentType("application/json")
                        .body(Map.of("competencyId", "crisis-management", "minutes", 1, "reason", "concurrent correction " + i))
                        .post("/api/trainees/" + trainee + "/ledger/" + CORE + "/adjustments").statusCode(), pool)).toList();
        changes.forEach(c -> assertEquals(201, c.join()));
        pool.shutdown();
        AuditVerification.Result result = verification.verify();
        assertTrue(result.intact(), result.problem());
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Inject
    AuditLog auditLog;

    /**
     * A request that read the database before appending holds a REPEATABLE READ snapshot from
     * then; an event committed by another request meanwhile must still be the one it chains to.
     */
    @Test
    void anEventCommittedWhileAnotherRequestWaitsIsTheOneItFollows() throws Exception {
        java.util.concurrent.CountDownLatch snapshotTaken = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch otherCommitted = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<AuditEvent> late = CompletableFuture.supplyAsync(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent.count(); // the first read fixes this transaction's snapshot
            snapshotTaken.countDown();
            otherCommitted.await();
            return auditLog.recordBySystem(Audited.of("test.late-append"));
        }));
        snapshotTaken.await();
        AuditEvent early = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> auditLog.recordBySystem(Audited.of("test.early-append")));
        otherCommitted.countDown();
        AuditEvent after = late.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(early.seq + 1, after.seq);
        assertEquals(early.hash, after.prevHash);
        AuditVerification.Result result = verification.verify();
        assertTrue(result.intact(), result.problem());
    }

    @Test
    void aRowChangedOrRemovedInTheDatabaseIsFoundAtItsPlaceInTheChain() throws SQLException {
        String trainee = org.peercert.hours.LedgerTestAccess.enrolled(DemoUser.TRAINEE1);
        correct(trainee, "to be tampered with");
        correct(trainee, "the event after it");
        assertTrue(verification.verify().intact());
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            long target = lastSeq(sql) - 1;
            String original = details(c, target);
            withoutTriggers(sql, () -> sql.executeUpdate("UPDATE audit_event SET details = '{\"minutes\": 600}' WHERE seq = " + target));
            AuditVerification.Result changed = verification.verify();
            assertFalse(changed.intact());
            assertEquals(target, changed.firstBrokenSeq());
            assertTrue(changed.problem().contains("changed"), changed.problem());
            given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/audit/verification").then()
                    .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) target));

            withoutTriggers(sql, () -> {
                try (PreparedStatement restore = c.prepareStatement("UPDATE audit_event SET details = ? WHERE seq = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, target);
                    restore.executeUpdate();
                }
                sql.executeUpdate("CREATE TEMPORARY TABLE removed AS SELECT * FROM audit_event WHERE seq = " + target);
                sql.executeUpdate("DELETE FROM audit_event WHERE seq = " + target);
            });
            AuditVerification.Result removed = verification.verify();
            assertEquals(target, removed.firstBrokenSeq());
            assertTrue(removed.problem().contains("missing"), removed.problem());

            sql.executeUpdate("INSERT INTO audit_event SELECT * FROM removed");
            assertTrue(verification.verify().intact(), "put back as it was, the chain is whole again");
        }
    }

    @Test
    void theAuditPageShowsEventsAndTheChainCheck() {
        CodeFlowSession reviewer = CodeFlowSession.login(root, DemoUser.REVIEWER1);
        HttpResponse<String> page = reviewer.get("/audit?action=enrolment.&verify=true");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("enrolment.") && page.body().contains("The chain is intact"), page.body());
        assertEquals(400, reviewer.get("/audit?from=yesterday").statusCode());
    }

    private static void correct(String trainee, String reason) {
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("competencyId", "crisis-management", "minutes", 5, "reason", reason))
                .post("/api/trainees/" + trainee + "/ledger/" + CORE + "/adjustments").then().statusCode(201);
    }

    private static long lastSeq(Statement sql) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT MAX(seq) FROM audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String details(Connection c, long seq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT details FROM audit_event WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** What an attacker with database access would do: lift the triggers, change rows, put the triggers back. */
    private static void withoutTriggers(Statement sql, SqlWork work) throws SQLException {
        sql.executeUpdate("DROP TRIGGER audit_event_no_update");
        sql.executeUpdate("DROP TRIGGER audit_event_no_delete");
        try {
            work.run();
        } finally {
            sql.executeUpdate("CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are evidence and cannot be updated'");
            sql.executeUpdate("CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit events are evidence and cannot be deleted'");
        }
    }

    @FunctionalInterface
    private interface SqlWork {
        void run() throws SQLException;
    }
}
