package org.peercert.course;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;
import org.peercert.support.Load;

import java.net.URL;
import java.net.http.HttpClient;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Module pages for a logged-in trainee, next to a static file of the same service, in one run
 * ({@code ./mvnw verify -Pbenchmark}). Targets: p95 under 50 ms at 200 req/s, and at least 0.3
 * of the static file's throughput.
 */
@QuarkusTest
@Tag("benchmark")
class ModuleReaderBenchmark {

    private static final String MODULE = "/courses/ky-tcm-core/modules/01-engagement-oars-stages-of-change";
    private static final String STATIC = "/css/peercert.css";

    @TestHTTPResource("/")
    URL root;

    @Test
    void moduleReaderLatencyAndThroughput() {
        String app = root.toString().replaceAll("/$", "");
        String cookies = CodeFlowSession.login(root, DemoUser.TRAINEE1).cookieHeader();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        Load.closedLoop(client, () -> Load.get(app + MODULE, cookies), 8, Duration.ofSeconds(5)); // warm-up
        Load.Stats atRate = Load.fixedRate(client, () -> Load.get(app + MODULE, cookies), 200, Duration.ofSeconds(20));
        Load.Stats moduleMax = Load.closedLoop(client, () -> Load.get(app + MODULE, cookies), 16, Duration.ofSeconds(10));
        Load.Stats staticMax = Load.closedLoop(client, () -> Load.get(app + STATIC, null), 16, Duration.ofSeconds(10));
        double ratio = moduleMax.perSecond() / staticMax.perSecond();

        System.out.printf("%n== Module reader benchmark (%d cores) ==%n", Runtime.getRuntime().availableProcessors());
        System.out.println("module page at 200 req/s:  " + atRate);
        System.out.println("module page, 16 workers:   " + moduleMax);
        System.out.println("static file, 16 workers:   " + staticMax);
        System.out.printf("throughput ratio module/static: %.2f%n%n", ratio);

        assertEquals(0, atRate.errors() + moduleMax.errors() + staticMax.errors(), "errors");
        assertTrue(atRate.p95() < 50, "p95 at 200 req/s is " + atRate.p95() + " ms");
        assertTrue(ratio >= 0.3, "module/static throughput ratio is " + ratio);
    }
}
