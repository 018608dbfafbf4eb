package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.course.Course;
import org.peercert.trainee.Enrolment;
import org.peercert.web.UserFacingException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Takes a trainee's course evaluation: every statement rated 1 to 5, comments optional, once. */
@ApplicationScoped
@Transactional
public class Evaluations {

    /** What a trainee sends: a rating per item id, and comments. */
    public record Submission(Map<String, Integer> ratings, String comments) {
    }

    private final EvaluationForm form;
    private final LocalDates dates;
    private final AuditLog audit;

    public Evaluations(EvaluationForm form, LocalDates dates, AuditLog audit) {
        this.form = form;
        this.dates = dates;
        this.audit = audit;
    }

    public CourseEvaluation submit(String trainee, Course course, Submission submission) {
        Enrolment enrolment = requireForm(trainee, course);
        CourseEvaluation.of(trainee, course.id()).ifPresent(earlier -> {
            throw new UserFacingException(409, "You evaluated this course on " + dates.printed(earlier.submittedAt)
                    + "; an evaluation is kept as it was submitted.");
        });
        Map<String, Integer> ratings = submission == null || submission.ratings() == null ? Map.of() : submission.ratings();
        List<String> problems = problems(ratings, submission == null ? null : submission.comments());
        if (!problems.isEmpty()) {
            throw new UserFacingException(400, String.join(" ", problems));
        }
        CourseEvaluation evaluation = new CourseEvaluation();
        evaluation.traineeSubject = trainee;
        evaluation.courseId = course.id();
        evaluation.contentVersion = enrolment.contentVersion;
        String comments = submission.comments() == null ? "" : submission.comments().trim();
        evaluation.comments = comments.isEmpty() ? null : comments;
        evaluation.submittedAt = Instant.now();
        try {
            evaluation.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                throw new UserFacingException(409, "You have just evaluated this course; it is kept as submitted.");
            }
            throw e;
        }
        for (EvaluationForm.Item item : form.items()) {
            EvaluationRating rating = new EvaluationRating();
            rating.evaluationId = evaluation.id;
            rating.itemId = item.id();
            rating.rating = ratings.get(item.id());
            rating.persist();
        }
        audit.record(Audited.of("evaluation.submitted").trainee(trainee).course(course.id()).record("course_evaluation", evaluation.id));
        return evaluation;
    }

    /** The enrolment of a trainee in a course that has the form; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Enrolment requireForm(String trainee, Course course) {
        if (!EvaluationForm.requiredFor(course)) {
            throw new UserFacingException(404, course.title() + " has no evaluation form: certification courses end with their exams.");
        }
        return Enrolment.of(trainee, course.id()).orElseThrow(() ->
                new UserFacingException(404, "You are not enrolled in " + course.title() + "."));
    }

    private List<String> problems(Map<String, Integer> ratings, String comments) {
        List<String> problems = new ArrayList<>();
        for (EvaluationForm.Item item : form.items()) {
            Integer rating = ratings.get(item.id());
            if (rating == null || rating < 1 || rating > 5) {
                problems.add(item.id() + ": rate \"" + item.statement() + "\" from 1 (strongly disagree) to 5 (strongly agree).");
            }
        }
        ratings.keySet().stream().filter(id -> form.items().stream().noneMatch(i -> i.id().equals(id)))
                .forEach(id -> problems.add(id + ": the form has no such statement."));
        if (comments != null && comments.length() > EvaluationForm.MAX_COMMENTS) {
            problems.add("comments: keep them under " + EvaluationForm.MAX_COMMENTS + " characters.");
        }
        return problems;
    }
}
