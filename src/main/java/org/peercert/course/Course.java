package org.peercert.course;

import org.peercert.exam.Question;
import org.peercert.oral.OralRubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A course as loaded from its folder in {@code courses/}: settings, overview, modules and exam bank.
 *
 * @param contentVersion SHA-256 over every file of the folder; enrolments and certificates record it
 * @param oralRubric     the oral exam's rubric, or null when the course has no oral exam
 */
public record Course(CourseFrontMatter settings, String overviewHtml, List<Module> modules, List<Question> examBank,
                     String contentVersion, OralRubric oralRubric) {

    /** The oral exam's rubric, if the course has an oral exam. */
    public Optional<OralRubric> oralExam() {
        return Optional.ofNullable(oralRubric);
    }

    public String id() {
        return settings.id();
    }

    public String title() {
        return settings.title();
    }

    public CourseKind kind() {
        return settings.kind();
    }

    public BigDecimal requiredHours() {
        return settings.hours();
    }

    /** Minutes per credit hour: 60, or 50 where a board counts 50-minute hours. */
    public int hourMinutes() {
        return settings.hourMinutes() == null ? 60 : settings.hourMinutes();
    }

    public boolean liveOnly() {
        return Boolean.TRUE.equals(settings.liveOnly());
    }

    public List<Competency> competencies() {
        return settings.competencies();
    }

    public Optional<Module> module(String slug) {
        return modules.stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    public List<Module> modulesOf(String competencyId) {
        return modules.stream().filter(m -> m.competency().equals(competencyId)).toList();
    }

    /** The title of one of this course's competencies, or its id if unknown. */
    public String competencyTitle(String competencyId) {
        return competencies().stream().filter(c -> c.id().equals(competencyId)).map(Competency::title)
                .findFirst().orElse(competencyId);
    }

    /** The module after {@code slug}, for "next" links. */
    public Optional<Module> after(String slug) {
        int i = modules.indexOf(module(slug).orElse(null));
        return i < 0 || i + 1 >= modules.size() ? Optional.empty() : Optional.of(modules.get(i + 1));
    }

    /** The module before {@code slug}, for "previous" links. */
    public Optional<Module> before(String slug) {
        int i = modules.indexOf(module(slug).orElse(null));
        return i <= 0 ? Optional.empty() : Optional.of(modules.get(i - 1));
    }
}
