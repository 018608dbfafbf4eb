package org.peercert.course;

import org.peercert.exam.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Reads one module file: its front matter, its knowledge check and its body. */
final class ModuleReader {

    private final String file;
    private final Set<String> competencies;
    private final QuestionReader questions;
    private final Consumer<CourseProblem> report;

    ModuleReader(String file, Set<String> competencies, QuestionReader questions, Consumer<CourseProblem> report) {
        this.file = file;
        this.competencies = competencies;
        this.questions = questions;
        this.report = report;
    }

    Optional<Module> read(CourseMarkdown.Parsed parsed) {
        if (parsed == null) {
            return Optional.empty();
        }
        if (parsed.frontMatter() == null) {
            report.accept(new CourseProblem(file, 1, "", "must start with YAML front matter between two --- lines"));
            return Optional.empty();
        }
        YamlDocument doc = new YamlDocument(file, parsed.frontMatter().yaml(), parsed.frontMatter().firstLine());
        YamlDocument.Bound<ModuleFrontMatter> bound = doc.bind(ModuleFrontMatter.class);
        if (bound.problem() != null) {
            report.accept(bound.problem());
            return Optional.empty();
        }
        ModuleFrontMatter m = bound.value();
        if (!valid(m, doc)) {
            return Optional.empty();
        }
        List<Question> check = new ArrayList<>();
        parsed.questions().forEach(block -> questions.knowledgeCheck(file, block, m.competency()).ifPresent(check::add));
        String name = file.substring(file.lastIndexOf('/') + 1);
        return Optional.of(new Module(name.substring(0, name.length() - ".md".length()), m.title(), m.competency(),
                m.hours(), m.minimumMinutes(), Boolean.TRUE.equals(m.liveOnly()), m.objectives(), parsed.html(),
                List.copyOf(check), file));
    }

    private boolean valid(ModuleFrontMatter m, YamlDocument doc) {
        List<CourseProblem> found = new ArrayList<>();
        CourseRules.requireText(doc, found::add, "title", m.title());
        if (m.competency() == null || !competencies.contains(m.competency())) {
            found.add(doc.problem("competency", "must name one of the course's competencies: " + competencies));
        }
        if (m.hours() == null || m.hours().signum() <= 0) {
            found.add(doc.problem("hours", "must be a positive number of credit hours"));
        }
        if (m.minimumMinutes() == null || m.minimumMinutes() < 0) {
            found.add(doc.problem("minimumMinutes", "must be the self-paced minutes needed before credit (0 or more)"));
        }
        if (m.objectives() == null || m.objectives().isEmpty() || m.objectives().stream().anyMatch(o -> o == null || o.isBlank())) {
            found.add(doc.problem("objectives", "must list the module's learning objectives"));
        }
        found.forEach(report);
        return found.isEmpty();
    }
}
