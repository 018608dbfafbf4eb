package org.peercert.course;

import java.math.BigDecimal;
import java.util.List;

/** A course as the API shows it: what it requires, how it is taught, and its content version. */
public record CourseView(String id, String title, String summary, String kind, String credential,
                         BigDecimal requiredHours, int hourMinutes, List<String> formats, boolean liveOnly,
                         List<String> prerequisites, List<Competency> competencies, List<ModuleView> modules,
                         String contentVersion) {

    /** A module in the API: where it counts and how long it takes. */
    public record ModuleView(String slug, String title, String competency, BigDecimal hours, int minimumMinutes,
                             boolean liveOnly) {
    }

    public static CourseView of(Course c) {
        CourseFrontMatter s = c.settings();
        return new CourseView(c.id(), c.title(), s.summary(), c.kind().code(), s.credential(), c.requiredHours(),
                c.hourMinutes(), s.formats().stream().map(DeliveryFormat::code).toList(), c.liveOnly(),
                s.prerequisites() == null ? List.of() : s.prerequisites(), c.competencies(),
                c.modules().stream().map(m -> new ModuleView(m.slug(), m.title(), m.competency(), m.hours(),
                        m.minimumMinutes(), m.liveOnly() || c.liveOnly())).toList(),
                c.contentVersion());
    }
}
