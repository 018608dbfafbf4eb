package org.peercert.hours;

import org.peercert.course.Course;
import org.peercert.course.DeliveryFormat;
import org.peercert.web.UserFacingException;

/** What a schedule must say before a session exists; each refusal names its field. */
final class SessionRules {

    private SessionRules() {
    }

    static void check(Course course, LiveSessionService.Schedule s) {
        if (s == null) {
            throw new UserFacingException(400, "Send the session's competencyId, title, startsAt, endsAt, format and rosterSubjects.");
        }
        if (course.competencies().stream().noneMatch(c -> c.id().equals(s.competencyId()))) {
            throw new UserFacingException(400, "competencyId: " + course.title() + " has no competency \"" + s.competencyId() + "\".");
        }
        if (s.title() == null || s.title().isBlank()) {
            throw new UserFacingException(400, "title: give the session a title.");
        }
        if (s.startsAt() == null || s.endsAt() == null || !s.endsAt().isAfter(s.startsAt())) {
            throw new UserFacingException(400, "endsAt: the session must end after it starts.");
        }
        if (!LiveSessionService.isLive(s.format())) {
            throw new UserFacingException(400, "format: use in-person or live-video.");
        }
        boolean allowed = course.settings().formats().stream().map(DeliveryFormat::code).anyMatch(s.format()::equals);
        if (!allowed) {
            throw new UserFacingException(400, "format: " + course.title() + " is not delivered " + s.format() + ".");
        }
        if ("in-person".equals(s.format()) && (s.location() == null || s.location().isBlank())) {
            throw new UserFacingException(400, "location: an in-person session needs its location.");
        }
        if ("live-video".equals(s.format()) && (s.videoLink() == null || !s.videoLink().startsWith("https://"))) {
            throw new UserFacingException(400, "videoLink: a live-video session needs its https:// link.");
        }
        if (s.rosterSubjects() == null || s.rosterSubjects().isEmpty()) {
            throw new UserFacingException(400, "rosterSubjects: add at least one enrolled trainee.");
        }
    }
}
