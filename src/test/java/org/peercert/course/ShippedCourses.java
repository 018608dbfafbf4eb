package org.peercert.course;

import java.nio.file.Path;

/** The courses of {@code courses/} as PeerCert loads them, for tests outside a running service. */
public final class ShippedCourses {

    private static final CatalogSnapshot CATALOG = new CatalogLoader(Path.of("courses").toAbsolutePath()).load(CatalogSnapshot.empty());

    private ShippedCourses() {
    }

    public static Course course(String id) {
        Course course = CATALOG.courses().get(id);
        if (course == null) {
            throw new IllegalStateException(id + " is not a shipped course; problems: " + CATALOG.problems());
        }
        return course;
    }
}
