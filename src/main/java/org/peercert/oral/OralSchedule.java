package org.peercert.oral;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import org.peercert.people.Roles;
import org.peercert.web.CurrentUser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Which slots a member of staff sees: an instructor their own (examining or published), reviewers and admins all. */
@RequestScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OralSchedule {

    private final CurrentUser user;
    private final OralClock clock;

    public OralSchedule(CurrentUser user, OralClock clock) {
        this.user = user;
        this.clock = clock;
    }

    public List<OralSlot> slots(Instant from, String courseId) {
        Instant since = from == null ? clock.now() : from;
        List<OralSlot> slots = user.has(Roles.ADMIN) || user.has(Roles.REVIEWER) ? OralSlot.endingAfter(since)
                : OralSlot.ofStaffEndingAfter(user.subject(), since);
        return courseId == null || courseId.isBlank() ? slots : slots.stream().filter(s -> s.courseId.equals(courseId)).toList();
    }

    /** Every slot ending after {@code from}, 30 days back by default: for fill rates. */
    public List<OralSlot> everySlot(Instant from) {
        return OralSlot.endingAfter(from == null ? clock.now().minus(Duration.ofDays(30)) : from);
    }
}
