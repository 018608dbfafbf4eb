package org.peercert.course;

import org.peercert.exam.Question;

import java.math.BigDecimal;
import java.util.List;

/**
 * One module of a course: a Markdown file counting toward one competency.
 *
 * @param slug           the file name without {@code .md}, e.g. {@code 03-the-picba-method}; used in URLs
 * @param html           the body, rendered and sanitised
 * @param knowledgeCheck the questions at its end, if any
 * @param file           path relative to the courses folder
 */
public record Module(String slug, String title, String competency, BigDecimal hours, int minimumMinutes,
                     boolean liveOnly, List<String> objectives, String html, List<Question> knowledgeCheck,
                     String file) {
}
