package org.peercert.course;

import org.peercert.exam.Question;
import org.peercert.oral.OralRubric;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads one course folder into a {@link Course}, or into the list of problems that keep it out
 * of the catalog. It reads every file, so one pass reports every problem, not only the first.
 */
final class CourseLoader {

    private static final Pattern MODULE_FILE = Pattern.compile("\\d{2}-[a-z0-9]+(-[a-z0-9]+)*\\.md");
    private static final Set<String> NOT_MODULES = Set.of("course.md", "README.md", "oral.md");

    /** A loaded course, or the problems found; exactly one of the two. */
    record Result(String folder, Course course, List<CourseProblem> problems) {
        boolean ok() {
            return course != null;
        }
    }

    private final Path root;

    CourseLoader(Path root) {
        this.root = root;
    }

    Result load(Path folder) {
        String id = folder.getFileName().toString();
        List<CourseProblem> problems = new ArrayList<>();
        Path courseFile = folder.resolve("course.md");
        if (!Files.isRegularFile(courseFile)) {
            problems.add(new CourseProblem(relative(courseFile), 0, "", "is missing: every course folder needs a course.md"));
            return new Result(id, null, problems);
        }
        CourseMarkdown.Parsed overview = parse(courseFile, problems);
        YamlDocument doc = frontMatter(courseFile, overview, problems);
        if (doc == null) {
            return new Result(id, null, problems);
        }
        YamlDocument.Bound<CourseFrontMatter> bound = doc.bind(CourseFrontMatter.class);
        if (bound.problem() != null) {
            problems.add(bound.problem());
            return new Result(id, null, problems);
        }
        CourseFrontMatter settings = bound.value();
        CourseRules.checkSettings(settings, id, doc, problems::add);
        Set<String> competencies = new HashSet<>();
        if (settings.competencies() != null) {
            settings.competencies().forEach(c -> competencies.add(c.id()));
        }
        QuestionReader questions = new QuestionReader(competencies, problems::add);
        Path rubricFile = RubricReader.locate(folder, settings, doc, problems::add).orElse(null);
        List<Module> modules = modules(folder, rubricFile, competencies, questions, problems);
        List<Question> bank = new ExamBankReader(root, questions, problems::add).read(folder.resolve("exam"));
        OralRubric rubric = rubricFile == null ? null
                : new RubricReader(root, problems::add).read(rubricFile, settings).orElse(null);
        if (problems.isEmpty()) {
            CourseRules.checkTotals(settings, modules, bank, doc, problems::add);
        }
        if (!problems.isEmpty()) {
            return new Result(id, null, problems);
        }
        return new Result(id, new Course(settings, overview.html(), modules, bank, ContentVersion.of(folder), rubric), List.of());
    }

    private List<Module> modules(Path folder, Path rubricFile, Set<String> competencies, QuestionReader questions,
                                 List<CourseProblem> problems) {
        List<Module> modules = new ArrayList<>();
        for (Path file : markdownFiles(folder, problems)) {
            if (file.equals(rubricFile)) {
                continue;
            }
            String name = file.getFileName().toString();
            if (!MODULE_FILE.matcher(name).matches()) {
                problems.add(new CourseProblem(relative(file), 0, "",
                        "is not a module file name: use NN-slug.md (two digits, a hyphen, lower-case words joined by hyphens)"));
                continue;
            }
            new ModuleReader(relative(file), competencies, questions, problems::add).read(parse(file, problems))
                    .ifPresent(modules::add);
        }
        if (modules.isEmpty() && problems.isEmpty()) {
            problems.add(new CourseProblem(relative(folder), 0, "", "has no module: add at least one NN-slug.md file"));
        }
        return modules;
    }

    private List<Path> markdownFiles(Path folder, List<CourseProblem> problems) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md"))
                    .filter(f -> !NOT_MODULES.contains(f.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            problems.add(new CourseProblem(relative(folder), 0, "", "cannot be read: " + e.getMessage()));
            return List.of();
        }
    }

    private YamlDocument frontMatter(Path file, CourseMarkdown.Parsed parsed, List<CourseProblem> problems) {
        if (parsed == null) {
            return null;
        }
        if (parsed.frontMatter() == null) {
            problems.add(new CourseProblem(relative(file), 1, "", "must start with YAML front matter between two --- lines"));
            return null;
        }
        return new YamlDocument(relative(file), parsed.frontMatter().yaml(), parsed.frontMatter().firstLine());
    }

    private CourseMarkdown.Parsed parse(Path file, List<CourseProblem> problems) {
        try {
            return CourseMarkdown.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(new CourseProblem(relative(file), 0, "", "cannot be read as UTF-8 text: " + e.getMessage()));
            return null;
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString();
    }
}
