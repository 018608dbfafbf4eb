package org.peercert.hours;

import org.peercert.people.Actor;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns a closed session's attendance into ledger lines, one per trainee who earned minutes. */
final class SessionCredit {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    private final LiveSession session;
    private final Actor by;

    SessionCredit(LiveSession session, Actor by) {
        this.session = session;
        this.by = by;
    }

    List<HoursEntry> post() {
        Map<String, List<Attendance>> byTrainee = Attendance.of(session.id).stream()
                .collect(Collectors.groupingBy(a -> a.traineeSubject));
        Map<String, List<CheckIn>> checkIns = CheckIn.accepted(session.id).stream()
                .collect(Collectors.groupingBy(c -> c.traineeSubject));
        List<HoursEntry> posted = new ArrayList<>();
        for (RosterEntry trainee : RosterEntry.of(session.id)) {
            List<Attendance> records = byTrainee.getOrDefault(trainee.traineeSubject, List.of());
            List<AttendanceCredit.Presence> presences = new ArrayList<>(records.stream()
                    .map(a -> new AttendanceCredit.Presence(a.joinedAt, a.leftAt)).toList());
            List<AttendanceCredit.Presence> checked = CheckInService.presences(checkIns.getOrDefault(trainee.traineeSubject, List.of()));
            presences.addAll(checked);
            int minutes = AttendanceCredit.minutes(presences, session.startsAt, session.endsAt);
            if (minutes > 0) {
                HoursEntry entry = HoursEntry.line(trainee.traineeSubject, session.courseId, session.competencyId,
                        HoursSource.LIVE_SESSION, minutes, evidence(records, checked), by);
                entry.liveSessionId = session.id;
                entry.persist();
                posted.add(entry);
            }
        }
        return posted;
    }

    private String evidence(List<Attendance> records, List<AttendanceCredit.Presence> checked) {
        String present = java.util.stream.Stream.concat(
                records.stream().map(a -> UTC.format(a.joinedAt) + " to " + UTC.format(a.leftAt)),
                checked.stream().map(p -> UTC.format(p.joined()) + " to " + UTC.format(p.left()) + " (check-in code)"))
                .collect(Collectors.joining("; "));
        String evidence = session.format + " session #" + session.id + " (" + UTC.format(session.startsAt) + " to "
                + UTC.format(session.endsAt) + "), present " + present + ", attendance ids "
                + records.stream().map(a -> String.valueOf(a.id)).collect(Collectors.joining(","));
        return evidence.length() > 2000 ? evidence.substring(0, 1997) + "..." : evidence;
    }
}
