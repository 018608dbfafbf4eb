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
        // a reviewer may filter by part of the trainee's legal name instead of the subject
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).queryParam("action", "hours.correction").queryParam("trainee", "mitchell")
                .get("/api/audit").then().statusCode(200)
                .body("find { it.details.contains('" + reason + "') }.traineeSubject", equalTo(trainee));
        given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).queryParam("trainee", "%").get("/api/audit").then().statusCode(200)
                .body("traineeSubject", org.hamcrest.Matchers.not(hasItem(trainee)));
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

    @Inject
    AuditSealer sealer;

    /**
     * Appending takes no lock: a change commits while another's event is still uncommitted (with
     * one chain lock held until commit, the second would wait for the first). Each is chained once
     * it is committed, in the order they became visible.
     */
    @Test
    void aChangeCommitsWhileAnotherIsOpenAndBothAreChainedOnceCommitted() throws Exception {
        java.util.concurrent.CountDownLatch firstAppended = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch secondSealed = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            AuditEvent event = auditLog.recordBySystem(Audited.of("test.open-while-another-commits"));
            firstAppended.countDown();
            secondSealed.await();
            return event.id;
        }));
        firstAppended.await();
        long second = CompletableFuture.supplyAsync(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> auditLog.recordBySystem(Audited.of("test.commits-first")).id)).get(10, java.util.concurrent.TimeUnit.SECONDS);
        sealer.sealPending(true);
        AuditSeal secondSeal = sealOf(second);
        assertTrue(secondSeal != null, "the committed event is chained");
        secondSealed.countDown();
        long firstId = first.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(firstId < second, "the open change wrote its event first");
        sealer.sealPending(true);
        AuditSeal firstSeal = sealOf(firstId);
        assertTrue(firstSeal != null && firstSeal.seq > secondSeal.seq, "chained after the one that committed before it");
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
            long event = eventOf(sql, target);
            String original = details(c, event);
            withoutTriggers(sql, () -> sql.executeUpdate("UPDATE audit_event SET details = '{\"minutes\": 600}' WHERE id = " + event));
            AuditVerification.Result changed = verification.verify();
            assertFalse(changed.intact());
            assertEquals(target, changed.firstBrokenSeq());
            assertTrue(changed.problem().contains("changed"), changed.problem());
            given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/audit/verification").then()
                    .body("intact", equalTo(false)).body("firstBrokenSeq", equalTo((int) target));

            withoutTriggers(sql, () -> {
                try (PreparedStatement restore = c.prepareStatement("UPDATE audit_event SET details = ? WHERE id = ?")) {
                    restore.setString(1, original);
                    restore.setLong(2, event);
                    restore.executeUpdate();
                }
                sql.executeUpdate("CREATE TEMPORARY TABLE removed AS SELECT * FROM audit_event WHERE id = " + event);
                sql.executeUpdate("DELETE FROM audit_event WHERE id = " + event);
            });
            AuditVerification.Result removed = verification.verify();
            assertEquals(target, removed.firstBrokenSeq());
            assertTrue(removed.problem().contains("missing"), removed.problem());

            sql.executeUpdate("INSERT INTO audit_event SELECT * FROM removed");
            assertTrue(verification.verify().intact(), "put back as it was, the chain is whole again");
        }
    }

    /** An event written straight into the table, dated back so that no sealing pass takes it, is in no seal. */
    @Test
    void anEventWrittenAroundTheChainIsFound() throws SQLException {
        // a sealed event first, so that passes look back from its seal and not over the whole log
        correct(org.peercert.hours.LedgerTestAccess.enrolled(DemoUser.TRAINEE1), "before the one written around the chain");
        assertTrue(verification.verify().intact());
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            sql.executeUpdate("INSERT INTO audit_event (occurred_at, actor_subject, actor_name, actor_roles, client_address, action, details) "
                    + "VALUES (NOW(6) - INTERVAL 1 DAY, 'intruder', 'Intruder', 'admin', '-', 'test.written-around', '{}')");
            long inserted;
            try (ResultSet rs = sql.executeQuery("SELECT LAST_INSERT_ID()")) {
                rs.next();
                inserted = rs.getLong(1);
            }
            try {
                AuditVerification.Result result = verification.verify();
                assertFalse(result.intact());
                assertTrue(result.problem().contains("event " + inserted + " ") && result.problem().contains("in no seal"), result.problem());
            } finally {
                withoutTriggers(sql, () -> sql.executeUpdate("DELETE FROM audit_event WHERE id = " + inserted));
            }
        }
        assertTrue(verification.verify().intact());
    }

    @Test
    void theAuditPageShowsEventsAndTheChainCheck() {
        String trainee = org.peercert.hours.LedgerTestAccess.enrolled(DemoUser.TRAINEE1);
        String reason = "Sign-in sheet " + System.nanoTime();
        correct(trainee, reason);
        CodeFlowSession reviewer = CodeFlowSession.login(root, DemoUser.REVIEWER1);
        HttpResponse<String> page = reviewer.get("/audit?action=hours.correction&verify=true");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("hours.correction") && page.body().contains("The chain is intact"), page.body());
        // Details read as fields and values, which wrap on a phone, not as one unbroken line of JSON.
        assertTrue(page.body().contains("<dl class=\"audit-details\">") && page.body().contains("<dd>" + reason + "</dd>"),
                page.body());
        assertEquals(400, reviewer.get("/audit?from=yesterday").statusCode());
    }

    private static void correct(String trainee, String reason) {
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("competencyId", "crisis-management", "minutes", 5, "reason", reason))
                .post("/api/trainees/" + trainee + "/ledger/" + CORE + "/adjustments").then().statusCode(201);
    }

    private static AuditSeal sealOf(long event) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> AuditSeal.<AuditSeal>find("eventId", event).firstResult());
    }

    private long lastSeq(Statement sql) throws SQLException {
        sealer.sealPending(true);
        try (ResultSet rs = sql.executeQuery("SELECT MAX(seq) FROM audit_seal")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long eventOf(Statement sql, long seq) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT event_id FROM audit_seal WHERE seq = " + seq)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String details(Connection c, long event) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT details FROM audit_event WHERE id = ?")) {
            s.setLong(1, event);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /**
     * What an attacker with database access would do: lift the triggers and the seals' foreign key
     * check, change rows, put the triggers back.
     */
    private static void withoutTriggers(Statement sql, SqlWork work) throws SQLException {
        sql.executeUpdate("DROP TRIGGER audit_event_no_update");
        sql.executeUpdate("DROP TRIGGER audit_event_no_delete");
        sql.executeUpdate("SET FOREIGN_KEY_CHECKS = 0");
        try {
            work.run();
        } finally {
            sql.executeUpdate("SET FOREIGN_KEY_CHECKS = 1");
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
