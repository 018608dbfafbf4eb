package org.peercert.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A MariaDB server of the test's own, from the machine's MariaDB binaries, in a fresh data folder
 * on a free port: a real server that a fault test may shut down and start again without touching
 * the one everything else uses.
 */
public final class PrivateMariaDb implements AutoCloseable {

    private final Path home;
    private final int port;
    private Process server;

    private PrivateMariaDb(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Creates an empty server and starts it. */
    public static PrivateMariaDb start() {
        try {
            Path home = Files.createTempDirectory("peercert-mariadb-");
            run(new ProcessBuilder("mariadb-install-db", "--no-defaults", "--datadir=" + home.resolve("data"), "--user=root",
                    "--auth-root-authentication-method=normal", "--skip-test-db"), home.resolve("install.log"));
            PrivateMariaDb db = new PrivateMariaDb(home, TcpProxy.freePort());
            db.startServer();
            return db;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    /** Shuts the server down cleanly, as a restart by an operator would. */
    public void stop() {
        try {
            run(new ProcessBuilder("mariadb-admin", "--host=127.0.0.1", "--port=" + port, "--user=root", "shutdown"),
                    home.resolve("admin.log"));
            server.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void startServer() {
        try {
            server = new ProcessBuilder("mariadbd", "--no-defaults", "--datadir=" + home.resolve("data"), "--port=" + port,
                    "--socket=" + home.resolve("mariadb.sock"), "--bind-address=127.0.0.1", "--user=root", "--skip-log-bin")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.log").toFile()))
                    .start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (Instant.now().isBefore(deadline)) {
                if (run(new ProcessBuilder("mariadb-admin", "--host=127.0.0.1", "--port=" + port, "--user=root", "ping"),
                        home.resolve("admin.log")) == 0) {
                    return;
                }
                PackagedApp.pause(Duration.ofMillis(300));
            }
            throw new IllegalStateException("the private MariaDB did not start; see " + home.resolve("server.log"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (server != null && server.isAlive()) {
            stop();
        }
    }

    private static int run(ProcessBuilder command, Path log) throws IOException {
        try {
            return command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
