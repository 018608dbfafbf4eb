package org.peercert.course;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.peercert.config.LmsConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The courses PeerCert serves, loaded from {@code lms.courses-dir} at start-up and reloaded when
 * a file changes, in every mode. Problems are logged with file, line and field; a broken course
 * keeps being served in its last good version, and the others are unaffected.
 */
@ApplicationScoped
public class CourseCatalog {

    private static final Logger LOG = Logger.getLogger(CourseCatalog.class);

    private final LmsConfig config;
    private final CatalogLoader loader;
    private volatile CatalogSnapshot snapshot = CatalogSnapshot.empty();
    private volatile String fingerprint = "";
    private ScheduledExecutorService watcher;

    public CourseCatalog(LmsConfig config) {
        this.config = config;
        this.loader = new CatalogLoader(Path.of(config.coursesDir()).toAbsolutePath().normalize());
    }

    void start(@Observes StartupEvent event) {
        reloadIfChanged();
        long every = config.coursesReloadInterval().toMillis();
        watcher = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "course-catalog-watcher"));
        watcher.scheduleWithFixedDelay(this::reloadIfChanged, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }

    /**
     * Every course in the order a trainee reads a catalog: certification courses, then specialties,
     * then continuing education; within a kind, a course before those that require it, then by title.
     */
    public List<Course> all() {
        return snapshot.courses().values().stream().sorted(CATALOG_ORDER).toList();
    }

    private static final java.util.Comparator<Course> CATALOG_ORDER = java.util.Comparator
            .comparing((Course c) -> c.kind().ordinal())
            .thenComparing(c -> c.settings().prerequisites() == null ? 0 : c.settings().prerequisites().size())
            .thenComparing(Course::title);

    public Optional<Course> find(String id) {
        return Optional.ofNullable(snapshot.courses().get(id));
    }

    public CatalogSnapshot snapshot() {
        return snapshot;
    }

    public Path folder() {
        return loader.root();
    }

    /** Reloads when any file's name, size or time has changed since the last load. */
    synchronized void reloadIfChanged() {
        try {
            String now = loader.fingerprint();
            if (now.equals(fingerprint)) {
                return;
            }
            CatalogSnapshot next = loader.load(snapshot);
            next.problems().forEach(p -> LOG.warnf("Course problem: %s", p.describe()));
            LOG.infof("Course catalog loaded from %s: %d courses, %d problems", loader.root(),
                    next.courses().size(), next.problems().size());
            snapshot = next;
            fingerprint = now;
        } catch (RuntimeException e) {
            // The watcher must survive anything a half-written file can do; the last snapshot stays.
            LOG.error("Course catalog reload failed; still serving the previous catalog", e);
        }
    }
}
