package org.peercert.course;

import org.peercert.web.UserFacingException;

/** Looking up a course that a request names, with the same helpful 404 everywhere. */
public final class CourseCatalogs {

    private CourseCatalogs() {
    }

    public static Course require(CourseCatalog catalog, String id) {
        if (id == null || id.isBlank()) {
            throw new UserFacingException(400, "courseId: name the course, by the id the course catalog shows.");
        }
        return catalog.find(id).orElseThrow(() -> new UserFacingException(404,
                "No course has the id \"" + id + "\". The course catalog lists them all."));
    }
}
