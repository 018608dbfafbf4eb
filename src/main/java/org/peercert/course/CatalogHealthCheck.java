package org.peercert.course;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when at least one course is served. Problems in course files do not make PeerCert
 * unready (the other courses are served), but they are listed in the check's data.
 */
@Readiness
@ApplicationScoped
public class CatalogHealthCheck implements HealthCheck {

    private final CourseCatalog catalog;

    public CatalogHealthCheck(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public HealthCheckResponse call() {
        CatalogSnapshot snapshot = catalog.snapshot();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Course catalog")
                .status(!snapshot.courses().isEmpty())
                .withData("courses", snapshot.courses().size())
                .withData("problems", snapshot.problems().size());
        for (int i = 0; i < snapshot.problems().size(); i++) {
            response.withData("problem " + (i + 1), snapshot.problems().get(i).describe());
        }
        return response.build();
    }
}
