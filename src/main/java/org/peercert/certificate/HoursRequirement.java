package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.course.Competency;
import org.peercert.course.Course;
import org.peercert.hours.HoursEntry;
import org.peercert.hours.HoursLedger;
import org.peercert.hours.Progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hours part of a completion rule, from the ledger: every competency's hours met. It was met
 * when the line that (last) completed them was recorded; a later correction that takes hours off
 * makes it unmet again.
 */
@ApplicationScoped
public class HoursRequirement {

    private final HoursLedger ledger;

    public HoursRequirement(HoursLedger ledger) {
        this.ledger = ledger;
    }

    public RequirementCheck check(String trainee, Course course) {
        Progress progress = ledger.progress(trainee, course);
        if (!progress.complete()) {
            String missing = progress.competencies().stream().filter(c -> !c.complete())
                    .map(c -> c.title() + " " + hours(c.requiredMinutes() - Math.max(0, c.earnedMinutes()), course) + " h")
                    .collect(Collectors.joining(", "));
            return RequirementCheck.unmet("hours", "Training hours: " + hours(progress.remainingMinutes(), course)
                    + " h to go (" + missing + ").");
        }
        return RequirementCheck.met("hours", "Training hours: all " + hours(progress.requiredMinutes(), course)
                + " h complete.", completedAt(ledger.entries(trainee, course.id()), course));
    }

    /** The time of the line after which every competency was complete for the last time. */
    static Instant completedAt(List<HoursEntry> entries, Course course) {
        Map<String, Integer> required = new HashMap<>();
        for (Competency c : course.competencies()) {
            required.put(c.id(), HoursLedger.minutes(c.hours(), course.hourMinutes()));
        }
        Map<String, Integer> earned = new HashMap<>();
        Instant completed = null;
        boolean complete = false;
        for (HoursEntry entry : entries) {
            earned.merge(entry.competencyId, entry.minutes, Integer::sum);
            boolean now = required.entrySet().stream().allMatch(r -> earned.getOrDefault(r.getKey(), 0) >= r.getValue());
            if (now && !complete) {
                completed = entry.recordedAt;
            }
            complete = now;
        }
        return completed;
    }

    private static String hours(int minutes, Course course) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(course.hourMinutes()), 2, RoundingMode.UP)
                .stripTrailingZeros().toPlainString();
    }
}
