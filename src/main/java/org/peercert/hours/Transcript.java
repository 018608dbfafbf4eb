package org.peercert.hours;

import org.peercert.course.Course;
import org.peercert.trainee.Enrolment;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** What a transcript says: who, which course and version, progress, and every ledger line. */
public record Transcript(String legalName, Course course, String contentVersion, Progress progress,
                         List<HoursEntry> entries, String provider, ZoneId zone, Instant produced) {

    public static Transcript of(Enrolment enrolment, Course course, Progress progress, List<HoursEntry> entries,
                                String provider, ZoneId zone) {
        return new Transcript(enrolment.legalName, course, enrolment.contentVersion, progress, entries, provider, zone,
                Instant.now());
    }

    /** A file name without spaces or punctuation that could trouble a download. */
    public String fileName(String extension) {
        String name = (legalName + "-" + course.id()).toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "transcript-" + name + "." + extension;
    }
}
