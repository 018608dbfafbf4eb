package org.peercert.course;

import org.peercert.web.UserFacingException;

/** Looking up a course that a request names, with the same helpful 404 everywhere. */
public final class CourseCatalogs {

    private CourseCatalogs() {
    }

    /** The catalog's courses of one kind, or all of them when none is named; an unknown kind is a 400 that lists the kinds. */
    public static java.util.List<Course> ofKind(CourseCatalog catalog, String kind) {
        if (kind == null || kind.isBlank()) {
            return catalog.all();
        }
        java.util.Arrays.stream(CourseKind.values()).filter(k -> k.code().equals(kind)).findFirst()
                .orElseThrow(() -> new UserFacingException(400, "kind: \"" + kind + "\" is not a kind of course; say "
                        + String.join(", ", java.util.Arrays.stream(CourseKind.values()).map(CourseKind::code).toList()) + "."));
        return catalog.all().stream().filter(c -> c.kind().code().equals(kind)).toList();
    }

    public static Course require(CourseCatalog catalog, String id) {
        if (id == null || id.isBlank()) {
            throw new UserFacingException(400, "courseId: name the course, by the id the course catalog shows.");
        }
        return catalog.find(id).orElseThrow(() -> new UserFacingException(404,
                "No course has the id \"" + id + "\". The course catalog lists them all."));
    }
}
