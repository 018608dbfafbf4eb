package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.course.DeliveryFormat;
import org.peercert.hours.HoursEntry;
import org.peercert.hours.HoursLedger;
import org.peercert.hours.HoursSource;
import org.peercert.hours.LiveSession;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Fills {@link CompletionEvidence} from the records once the rule is met: training dates from the
 * ledger (a live session counts on the day it ran, self-paced time on the day it was credited,
 * a correction only when nothing else dates the training), the formats the credited lines came through,
 * and the completion date from the verdict (the last requirement met).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompletionEvidenceCollector {

    private final HoursLedger ledger;
    private final LocalDates dates;

    public CompletionEvidenceCollector(HoursLedger ledger, LocalDates dates) {
        this.ledger = ledger;
        this.dates = dates;
    }

    public CompletionEvidence collect(String trainee, Course course, RuleVerdict verdict) {
        Instant completedAt = verdict.completedAt().orElseThrow(() ->
                new IllegalStateException("Evidence is collected only for a met rule"));
        List<LocalDate> days = new ArrayList<>();
        // A correction's date is the day it was recorded, not a day of training: it dates the
        // training only when no session or self-paced activity does.
        List<LocalDate> correctionDays = new ArrayList<>();
        Set<DeliveryFormat> formats = EnumSet.noneOf(DeliveryFormat.class);
        for (HoursEntry entry : ledger.entries(trainee, course.id())) {
            if (entry.minutes <= 0) {
                continue;
            }
            HoursSource source = HoursSource.of(entry.source);
            if (source == HoursSource.LIVE_SESSION && entry.liveSessionId != null) {
                LiveSession session = LiveSession.findById(entry.liveSessionId);
                days.add(dates.dateOf(session.startsAt));
                formats.add("in-person".equals(session.format) ? DeliveryFormat.IN_PERSON : DeliveryFormat.LIVE_VIDEO);
            } else if (source == HoursSource.SELF_PACED) {
                days.add(dates.dateOf(entry.recordedAt));
                formats.add(DeliveryFormat.SELF_PACED);
            } else {
                correctionDays.add(dates.dateOf(entry.recordedAt));
            }
        }
        if (days.isEmpty()) {
            days = correctionDays;
        }
        LocalDate completedOn = dates.dateOf(completedAt);
        LocalDate started = days.stream().min(LocalDate::compareTo).orElse(completedOn);
        LocalDate ended = days.stream().max(LocalDate::compareTo).orElse(completedOn);
        if (formats.isEmpty()) {
            // Only corrections and outside credit: the record does not say how; print what the course offers.
            formats.addAll(course.settings().formats());
        }
        return new CompletionEvidence(started, ended.isAfter(completedOn) ? completedOn : ended, completedOn,
                List.copyOf(formats), course.requiredHours());
    }
}
