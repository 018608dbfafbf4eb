package org.peercert.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;
import org.peercert.trainee.Enrolment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A trainee's courses with their progress, and the live sessions ahead of them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Dashboard {

    /** One enrolment as the dashboard shows it. */
    public record CourseProgress(Course course, Enrolment enrolment, Progress progress) {
    }

    private final CourseCatalog catalog;
    private final HoursLedger ledger;

    public Dashboard(CourseCatalog catalog, HoursLedger ledger) {
        this.catalog = catalog;
        this.ledger = ledger;
    }

    public List<CourseProgress> courses(String trainee) {
        return Enrolment.ofTrainee(trainee).stream()
                .map(e -> catalog.find(e.courseId).map(c -> new CourseProgress(c, e, ledger.progress(trainee, c))).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    public List<LiveSession> upcoming(String trainee) {
        return LiveSession.upcomingFor(trainee, Instant.now());
    }
}
