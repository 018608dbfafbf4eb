package org.peercert.trainee;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.course.Course;
import org.peercert.hours.HoursLedger;
import org.peercert.people.Actor;
import org.peercert.people.PeopleDirectory;
import org.peercert.web.UserFacingException;

import java.time.Instant;
import java.util.List;

/**
 * Puts trainees into courses. A course that needs approval turns a trainee's wish into a request
 * that an admin answers; prerequisites must be complete first; an enrolment pins the content
 * version and the legal name Keycloak holds.
 */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    /** What asking to enrol led to: an enrolment, or a request waiting for an admin. */
    public record Outcome(Enrolment enrolment, EnrolmentRequest request) {
    }

    private final HoursLedger ledger;
    private final PeopleDirectory people;
    private final AuditLog audit;
    private final org.peercert.course.CourseCatalog catalog;

    public EnrolmentService(HoursLedger ledger, PeopleDirectory people, AuditLog audit, org.peercert.course.CourseCatalog catalog) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.people = people;
        this.audit = audit;
    }

    /** A trainee asks to join a course. */
    public Outcome enrolSelf(Course course, Actor trainee) {
        refuseIfEnrolled(course, trainee.subject());
        refuseIfPrerequisitesMissing(course, trainee.subject());
        if (!Boolean.TRUE.equals(course.settings().requiresApproval())) {
            return new Outcome(enrol(course, trainee.subject(), null, trainee), null);
        }
        EnrolmentRequest existing = EnrolmentRequest.pending(trainee.subject(), course.id()).orElse(null);
        if (existing != null) {
            return new Outcome(null, existing);
        }
        EnrolmentRequest request = new EnrolmentRequest();
        request.traineeSubject = trainee.subject();
        request.traineeName = legalName(trainee.subject(), trainee.name());
        request.courseId = course.id();
        request.requestedAt = Instant.now();
        request.persist();
        audit.record(Audited.of("enrolment.requested").trainee(request.traineeSubject).course(course.id())
                .record("enrolment_request", request.id).with("legalName", request.traineeName));
        return new Outcome(null, request);
    }

    /** An admin answers a request with an enrolment. */
    public Enrolment approve(EnrolmentRequest request, Course course, Actor admin) {
        refuseIfEnrolled(course, request.traineeSubject);
        refuseIfPrerequisitesMissing(course, request.traineeSubject);
        return enrol(course, request.traineeSubject, request.id, admin);
    }

    /** An admin enrols a trainee directly, found by username in Keycloak. */
    public Enrolment enrolByAdmin(Course course, String username, Actor admin) {
        String subject = people.subjectOf(username).orElseThrow(() -> new UserFacingException(404,
                "No account has the username \"" + username + "\". Check the spelling, or invite the person first."));
        refuseIfEnrolled(course, subject);
        refuseIfPrerequisitesMissing(course, subject);
        return enrol(course, subject, EnrolmentRequest.pending(subject, course.id()).map(r -> r.id).orElse(null), admin);
    }

    private Enrolment enrol(Course course, String subject, Long requestId, Actor by) {
        Enrolment enrolment = new Enrolment();
        enrolment.traineeSubject = subject;
        enrolment.courseId = course.id();
        enrolment.contentVersion = course.contentVersion();
        enrolment.legalName = legalName(subject, subject.equals(by.subject()) ? by.name() : null);
        enrolment.requestId = requestId;
        enrolment.enrolledBy = by.subject();
        enrolment.enrolledByName = by.name();
        enrolment.enrolledAt = Instant.now();
        enrolment.persistAndFlush();
        audit.record(Audited.of("enrolment.created").trainee(subject).course(course.id()).record("enrolment", enrolment.id)
                .with("legalName", enrolment.legalName).with("contentVersion", enrolment.contentVersion)
                .with("requestId", requestId).with("enrolledBy", by.name()));
        return enrolment;
    }

    private String legalName(String subject, String fallback) {
        return people.legalName(subject).or(() -> java.util.Optional.ofNullable(fallback)).orElseThrow(() ->
                new UserFacingException(503, "The identity server did not answer for this person's legal name; try again in a minute."));
    }

    private static void refuseIfEnrolled(Course course, String subject) {
        if (Enrolment.of(subject, course.id()).isPresent()) {
            throw new UserFacingException(409, "Already enrolled in " + course.title() + ".");
        }
    }

    private void refuseIfPrerequisitesMissing(Course course, String subject) {
        List<String> missing = missingPrerequisites(course, subject);
        if (!missing.isEmpty()) {
            throw new UserFacingException(409, course.title() + " needs " + String.join(", ", missing.stream()
                    .map(id -> catalog.find(id).map(Course::title).orElse(id)).toList())
                    + " to be complete first: its hours done. Its page shows how far you are.");
        }
    }

    /** The ids of the course's prerequisites whose hours this trainee has not completed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> missingPrerequisites(Course course, String subject) {
        return course.settings().prerequisites() == null ? List.of()
                : course.settings().prerequisites().stream().filter(p -> !ledger.hoursComplete(subject, p)).toList();
    }
}
