package org.peercert.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * PeerCert as it ships: the packaged jar ({@code target/quarkus-app}), started as its own process
 * with the README's demo profile, against the database it is given. For fault tests that kill it
 * (SIGKILL, as {@code kill -9}) and start it again.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final String name;
    private final int port;
    private final String profile;
    private final Map<String, String> env;
    private Process process;

    private PackagedApp(String name, int port, String profile, Map<String, String> env) {
        this.name = name;
        this.port = port;
        this.profile = profile;
        this.env = env;
    }

    /** Starts the jar in the demo profile on a free port with {@code dbUrl}, and waits until it is ready. */
    public static PackagedApp start(String name, String dbUrl) {
        return start(name, "dev", Map.of("LMS_DB_URL", dbUrl,
                "LMS_CERTIFICATES_GENERATED_KEY_DIR", Path.of("target/it-signing").toAbsolutePath().toString()));
    }

    /** Starts the jar in {@code profile} (prod: as it ships) with these environment variables. */
    public static PackagedApp start(String name, String profile, Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.putIfAbsent("LMS_COURSES_DIR", Path.of("courses").toAbsolutePath().toString());
        PackagedApp app = new PackagedApp(name, TcpProxy.freePort(), profile, all);
        app.launch();
        return app;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** Kills the process at once, as {@code kill -9} does: no shutdown, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** Starts the same service again (same port, same database) after a kill or a stop. */
    public void restart() {
        launch();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void launch() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the packaged jar is built by ./mvnw package");
        }
        try {
            Path log = Files.createDirectories(Path.of("target/it")).resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder("java", "-Dquarkus.profile=" + profile, "-Dquarkus.http.port=" + port,
                    "-jar", JAR.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(env);
            process = builder.start();
            waitUntilReady(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitUntilReady(Path log) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(START_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PeerCert exited at start-up; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(500));
        }
        throw new IllegalStateException("PeerCert was not ready within " + START_LIMIT + "; see " + log.toAbsolutePath());
    }

    private void waitForExit() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
