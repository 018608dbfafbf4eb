package org.peercert.hours;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.Module;
import org.peercert.trainee.Enrolment;
import org.peercert.web.UserFacingException;

import java.time.Duration;
import java.time.Instant;

/**
 * Self-paced seat time, judged by the server alone. A beat credits the time since the trainee's
 * previous beat, but only when that beat was on the same module and came within the allowed gap;
 * the client's clock and any durations it claims are never read. With one clock per trainee,
 * parallel tabs, fast or replayed beats can never add up to more than the wall time that passed.
 */
@ApplicationScoped
@Transactional
public class SeatTimeService {

    /** What a beat did, for the reader's "time counted" display. */
    public record BeatResult(long creditedMillis, long moduleSeconds, long minimumSeconds, boolean moduleCredited,
                             String note) {
    }

    private final LmsConfig config;
    private final ModuleCredit credit;

    public SeatTimeService(LmsConfig config, ModuleCredit credit) {
        this.config = config;
        this.credit = credit;
    }

    public BeatResult beat(String trainee, Course course, Module module) {
        if (course.liveOnly() || module.liveOnly()) {
            throw new UserFacingException(409, module.title() + " is taught live only: reading it online earns no credit.");
        }
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS); // what TIMESTAMP(6) keeps
        // The lock comes first: the transaction's snapshot is taken at its first plain read, which
        // must come after it, or a parallel tab's beat committed meanwhile would be missed by the
        // sums below. A refusal rolls back a clock row this made.
        ActivityClock.Locked locked = ActivityClock.lock(trainee, course.id(), module.slug(), now);
        if (!Enrolment.exists(trainee, course.id())) {
            throw new UserFacingException(404, "Enrol in " + course.title() + " to have your reading time counted.");
        }
        Judged judged = judge(locked, course.id(), module.slug(), now);
        long capMs = Duration.ofHours(config.seatTime().dailyCapHours()).toMillis();
        long usedMs = ActivityBeat.courseMsSince(trainee, course.id(), now.minus(Duration.ofHours(24)));
        long creditedMs = Math.max(0, Math.min(judged.ms(), capMs - usedMs));
        String note = creditedMs < judged.ms() ? "daily cap reached" : judged.note();

        ActivityBeat beat = new ActivityBeat();
        beat.traineeSubject = trainee;
        beat.courseId = course.id();
        beat.moduleSlug = module.slug();
        beat.receivedAt = now;
        beat.creditedMs = (int) creditedMs;
        beat.note = note;
        beat.persist();

        ActivityClock.advance(trainee, course.id(), module.slug(), now);

        long moduleMs = ActivityBeat.moduleMs(trainee, course.id(), module.slug());
        boolean credited = credit.tryComplete(trainee, course, module, moduleMs);
        return new BeatResult(creditedMs, moduleMs / 1000, module.minimumMinutes() * 60L, credited, note);
    }

    private Judged judge(ActivityClock.Locked locked, String course, String module, Instant now) {
        if (locked.isNew()) {
            return new Judged(0, "first beat");
        }
        if (!locked.courseId().equals(course) || !locked.moduleSlug().equals(module)) {
            return new Judged(0, "switched module");
        }
        long gapMs = Duration.between(locked.lastBeatAt(), now).toMillis();
        if (gapMs <= 0) {
            return new Judged(0, "no time passed");
        }
        if (gapMs > config.seatTime().maxGap().toMillis()) {
            return new Judged(0, "gap too long: away");
        }
        return new Judged(gapMs, "active");
    }

    private record Judged(long ms, String note) {
    }
}
