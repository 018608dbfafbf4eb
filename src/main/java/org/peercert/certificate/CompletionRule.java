package org.peercert.certificate;

import org.peercert.course.Course;

/**
 * Whether a trainee has met a course's completion rule, and if not, why not. A certificate is
 * issued only when it is met. The default ({@link KindCompletionRule}) decides by the course's
 * kind; declare another bean of this type to replace it.
 */
public interface CompletionRule {

    RuleVerdict check(String traineeSubject, Course course);
}
