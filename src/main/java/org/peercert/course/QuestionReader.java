package org.peercert.course;

import org.peercert.exam.Question;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads questions of one course, wherever they stand (module knowledge checks, exam banks), and
 * holds the course-wide rules: ids unique in the course, competencies known.
 */
final class QuestionReader {

    private final Set<String> competencies;
    private final Consumer<CourseProblem> report;
    private final Set<String> ids = new HashSet<>();

    QuestionReader(Set<String> competencies, Consumer<CourseProblem> report) {
        this.competencies = competencies;
        this.report = report;
    }

    /** A knowledge-check block of a module: its competency is the module's. */
    Optional<Question> knowledgeCheck(String file, CourseMarkdown.YamlBlock block, String moduleCompetency) {
        YamlDocument doc = new YamlDocument(file, block.yaml(), block.firstLine());
        YamlDocument.Bound<Question> bound = doc.bind(Question.class);
        if (bound.problem() != null) {
            report.accept(bound.problem());
            return Optional.empty();
        }
        Question q = bound.value();
        if (q.competency() != null && !q.competency().equals(moduleCompetency)) {
            report.accept(doc.problem("competency", "differs from the module's; leave it out in a knowledge check"));
        }
        Question withCompetency = new Question(q.id(), q.type(), q.prompt(), moduleCompetency, q.options(), q.answer(),
                q.pairs(), q.accept(), q.explanation());
        return check(withCompetency, doc, "") ? Optional.of(withCompetency) : Optional.empty();
    }

    /** Item {@code index} of an exam bank, whose YAML is {@code doc}. */
    boolean bankItem(Question q, YamlDocument doc, int index) {
        String at = "[" + index + "]";
        boolean ok = check(q, doc, at + ".");
        if (q.competency() == null || !competencies.contains(q.competency())) {
            report.accept(doc.problem(at + ".competency", "must name one of the course's competencies: " + competencies));
            ok = false;
        }
        return ok;
    }

    /** A question of a GIFT file, starting at {@code line}; its competency comes from $CATEGORY. */
    boolean giftItem(Question q, String file, int line) {
        boolean ok = true;
        for (Question.Violation violation : q.violations()) {
            report.accept(new CourseProblem(file, line, q.id() + " " + violation.field(), violation.message()));
            ok = false;
        }
        if (q.competency() == null) {
            report.accept(new CourseProblem(file, line, q.id() + " competency", "no $CATEGORY line above this question "
                    + "names its competency: put \"$CATEGORY: <competency id>\" before it, one of " + competencies));
            ok = false;
        } else if (!competencies.contains(q.competency())) {
            report.accept(new CourseProblem(file, line, q.id() + " competency", "the $CATEGORY path ends in \""
                    + q.competency() + "\", which is not a competency of this course: " + competencies));
            ok = false;
        }
        if (!ids.add(q.id())) {
            report.accept(new CourseProblem(file, line, q.id() + " id", "\"" + q.id() + "\" is used by another question "
                    + "of this course; give the question another ::title::"));
            ok = false;
        }
        return ok;
    }

    private boolean check(Question q, YamlDocument doc, String prefix) {
        boolean ok = true;
        for (Question.Violation violation : q.violations()) {
            report.accept(doc.problem(prefix + violation.field(), withId(q, violation.message())));
            ok = false;
        }
        if (q.id() != null && !ids.add(q.id())) {
            report.accept(doc.problem(prefix + "id", "\"" + q.id() + "\" is used by another question of this course"));
            ok = false;
        }
        return ok;
    }

    private static String withId(Question q, String message) {
        return q.id() == null ? message : message + " (question " + q.id() + ")";
    }
}
