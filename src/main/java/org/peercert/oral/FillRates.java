package org.peercert.oral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How full the published slots are, per course and in all: a slot counts as filled when a
 * booking holds it, or held it until the exam (examined or a no-show); cancelled and moved
 * bookings leave it unfilled.
 */
public record FillRates(List<CourseRate> courses, CourseRate total) {

    /** Slots, filled slots and the share filled, in whole percent. */
    public record CourseRate(String courseId, String courseTitle, int slots, int filled, int percent) {
        static CourseRate of(String id, String title, int slots, int filled) {
            return new CourseRate(id, title, slots, filled, slots == 0 ? 0 : Math.round(100f * filled / slots));
        }
    }

    public static FillRates of(List<SlotView> slots) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        int filled = 0;
        for (SlotView slot : slots) {
            int[] c = counts.computeIfAbsent(slot.courseId(), k -> new int[2]);
            titles.put(slot.courseId(), slot.courseTitle());
            c[0]++;
            if (slot.booking() != null) {
                c[1]++;
                filled++;
            }
        }
        List<CourseRate> courses = new ArrayList<>();
        counts.forEach((id, c) -> courses.add(CourseRate.of(id, titles.get(id), c[0], c[1])));
        return new FillRates(courses, CourseRate.of("", "All courses", slots.size(), filled));
    }
}
