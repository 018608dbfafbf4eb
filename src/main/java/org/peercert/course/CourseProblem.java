package org.peercert.course;

/**
 * Something wrong in a course's files, said so that an author can fix it: which file, which line,
 * which field, and what is wrong.
 *
 * @param file    path relative to the courses folder, e.g. {@code ky-apss/03-picba.md}
 * @param line    1-based line in that file, or 0 when the problem is the file as a whole
 * @param field   the front-matter field or question id concerned, or empty
 * @param message what is wrong and what is expected
 */
public record CourseProblem(String file, int line, String field, String message) {

    /** One line for logs and the readiness check: {@code ky-apss/course.md:12 hours: ...}. */
    public String describe() {
        return file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " " + field) + ": " + message;
    }
}
