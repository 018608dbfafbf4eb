package org.peercert.reviewer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;
import org.peercert.certificate.CertificateProfile;
import org.peercert.people.Roles;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace is the reviewers' and admins' alone, and it reads: trainees and instructors get
 * 403 on every endpoint, anonymous 401 (or the login), and a write to any reviewer path is refused
 * and leaves no trace in the audit log. The one write, starting a background packet, is tested in
 * {@link EvidencePacketTest}.
 */
@QuarkusTest
@TestProfile(CertificateProfile.class)
class ReviewerAccessTest {

    private static final String NOBODY = "00000000-0000-0000-0000-000000000000";
    private static final List<String> API = List.of("/api/reviewer/certificates", "/api/reviewer/trainees",
            "/api/reviewer/trainees/" + NOBODY, "/api/reviewer/trainees/" + NOBODY + "/packet",
            "/api/reviewer/exports/tris?from=2027-01-01&to=2027-01-31", "/api/reviewer/exports/rosters?from=2027-01-01&to=2027-01-31",
            "/api/reviewer/packet-jobs/1", "/api/reviewer/packet-jobs/1/zip");
    private static final List<String> PAGES = List.of("/reviewer/search", "/reviewer/trainees/" + NOBODY,
            "/reviewer/trainees/" + NOBODY + "/packet.zip", "/reviewer/exports",
            "/reviewer/exports/tris.csv?from=2027-01-01&to=2027-01-31", "/reviewer/exports/rosters.csv?from=2027-01-01&to=2027-01-31",
            "/reviewer/packet-jobs/1", "/reviewer/packet-jobs/1/progress", "/reviewer/packet-jobs/1/zip");
    /** The only endpoints that are not GET: starting a background packet (audited; the page's form carries CSRF). */
    private static final Set<String> STARTS = Set.of("PacketJobApiResource.start", "TraineeRecordPage.startPacket");

    @TestHTTPResource("/")
    URL root;

    @Test
    void everyReviewerEndpointReadsAndIsForReviewersAndAdmins() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> resource : List.of(TraineeRecordApiResource.class, CertificateSearchApiResource.class,
                ExportsApiResource.class, PacketJobApiResource.class, ReviewerSearchPage.class, TraineeRecordPage.class,
                PacketJobPage.class, ExportsPage.class)) {
            assertTrue(resource.isAnnotationPresent(Path.class), resource.getSimpleName());
            RolesAllowed rule = resource.getAnnotation(RolesAllowed.class);
            assertEquals(Set.of(Roles.REVIEWER, Roles.ADMIN), Set.of(rule.value()), resource.getSimpleName());
            for (Method method : resource.getDeclaredMethods()) {
                String name = resource.getSimpleName() + "." + method.getName();
                boolean get = method.isAnnotationPresent(GET.class);
                boolean post = method.isAnnotationPresent(POST.class);
                if (method.isAnnotationPresent(RolesAllowed.class) || (post && !STARTS.contains(name))
                        || (!get && !post && method.isAnnotationPresent(Path.class))) {
                    wrong.add(name);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "reviewer endpoints that write or loosen the rule: " + wrong);
    }

    @Test
    void traineesAndInstructorsGet403AndAnonymous401() {
        for (DemoUser other : List.of(DemoUser.TRAINEE1, DemoUser.INSTRUCTOR1)) {
            String token = other.accessToken();
            for (String path : API) {
                given().auth().oauth2(token).get(path).then().statusCode(403);
            }
            given().auth().oauth2(token).contentType("application/json").body("{\"traineeSubject\":\"" + NOBODY + "\"}")
                    .post("/api/reviewer/packet-jobs").then().statusCode(403);
            CodeFlowSession session = CodeFlowSession.login(root, other);
            for (String path : PAGES) {
                assertEquals(403, session.get(path).statusCode(), other + " " + path);
            }
        }
        for (String path : API) {
            given().get(path).then().statusCode(401);
        }
    }

    @Test
    void everyWriteToAReviewerPathIsRefusedAndLeavesNoTrace() {
        String token = DemoUser.REVIEWER1.accessToken();
        long before = lastAuditEvent(token);
        for (String path : API) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                int status = given().auth().oauth2(token).contentType("application/json").body("{}").request(method, path)
                        .then().extract().statusCode();
                assertTrue(status == 405 || status == 403, method + " " + path + " answered " + status);
            }
        }
        given().auth().oauth2(token).contentType("application/json").body("{}").put("/api/reviewer/packet-jobs")
                .then().statusCode(405);
        given().auth().oauth2(token).delete("/api/reviewer/packet-jobs").then().statusCode(405);
        CodeFlowSession reviewer = CodeFlowSession.login(root, DemoUser.REVIEWER1);
        for (String path : PAGES) {
            // Without a CSRF token a form is refused first (400); either way nothing is written.
            int status = reviewer.post(path.replaceAll("\\?.*", ""), Map.of("name", "x")).statusCode();
            assertTrue(status == 400 || status == 405 || status == 403, "POST " + path + " answered " + status);
        }
        assertEquals(before, lastAuditEvent(token), "no write left an audit event");
    }

    private static long lastAuditEvent(String token) {
        List<Integer> ids = given().auth().oauth2(token).get("/api/audit").then().statusCode(200).extract().jsonPath().getList("id");
        return ids.isEmpty() ? 0 : ids.get(0);
    }
}
