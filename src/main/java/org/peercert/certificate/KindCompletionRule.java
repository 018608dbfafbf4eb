package org.peercert.certificate;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.course.CourseKind;
import org.peercert.trainee.Enrolment;

import java.util.List;

/**
 * The completion rule by course kind: certification courses need their hours, the written exam
 * and the oral exam; specialty and CE courses their hours, the post-test and the evaluation form.
 * Hours and the evaluation are checked here; exams through {@link ExamResults}.
 */
@DefaultBean
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class KindCompletionRule implements CompletionRule {

    private final HoursRequirement hours;
    private final ExamResults exams;

    public KindCompletionRule(HoursRequirement hours, ExamResults exams) {
        this.hours = hours;
        this.exams = exams;
    }

    @Override
    public RuleVerdict check(String trainee, Course course) {
        if (Enrolment.of(trainee, course.id()).isEmpty()) {
            return new RuleVerdict(course.id(), List.of(RequirementCheck.unmet("enrolment",
                    "Enrolment: you are not enrolled in " + course.title() + ".")));
        }
        if (course.kind() == CourseKind.CERTIFICATION) {
            return new RuleVerdict(course.id(), List.of(hours.check(trainee, course),
                    exams.writtenExam(trainee, course), exams.oralExam(trainee, course)));
        }
        return new RuleVerdict(course.id(), List.of(hours.check(trainee, course), exams.postTest(trainee, course),
                evaluation(trainee, course)));
    }

    private static RequirementCheck evaluation(String trainee, Course course) {
        return CourseEvaluation.of(trainee, course.id())
                .map(e -> RequirementCheck.met("evaluation", "Course evaluation: submitted.", e.submittedAt))
                .orElseGet(() -> RequirementCheck.unmet("evaluation", "Course evaluation: not yet submitted. "
                        + "Fill in the evaluation form for " + course.title() + "."));
    }
}
