package org.peercert.course;

import java.nio.file.Path;

/** Reads the shipped courses/ outside Quarkus, for tests that need a course's own content. */
public final class CatalogSnapshotReader {

    private CatalogSnapshotReader() {
    }

    public static Module module(String course, String slug) {
        Course loaded = new CatalogLoader(Path.of("courses").toAbsolutePath()).load(CatalogSnapshot.empty()).courses().get(course);
        return loaded.module(slug).orElseThrow();
    }
}
