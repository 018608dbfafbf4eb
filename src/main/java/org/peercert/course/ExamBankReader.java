package org.peercert.course;

import org.peercert.exam.GiftBank;
import org.peercert.exam.GiftParser;
import org.peercert.exam.Question;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads a course's {@code exam/} folder: YAML lists of questions and Moodle GIFT files, each question checked and located. */
final class ExamBankReader {

    private final Path root;
    private final QuestionReader questions;
    private final Consumer<CourseProblem> report;

    ExamBankReader(Path root, QuestionReader questions, Consumer<CourseProblem> report) {
        this.root = root;
        this.questions = questions;
        this.report = report;
    }

    List<Question> read(Path examFolder) {
        List<Question> bank = new ArrayList<>();
        if (!Files.isDirectory(examFolder)) {
            return bank;
        }
        try (Stream<Path> files = Files.list(examFolder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    readYaml(file, bank);
                } else if (name.endsWith(".gift")) {
                    readGift(file, name.substring(0, name.length() - ".gift".length()), bank);
                } else {
                    report.accept(new CourseProblem(relative(file), 0, "",
                            "is not a question bank: write banks as .yaml files or Moodle GIFT .gift files"));
                }
            }
        } catch (IOException e) {
            report.accept(new CourseProblem(relative(examFolder), 0, "", "cannot be read: " + e.getMessage()));
        }
        return bank;
    }

    private void readYaml(Path file, List<Question> bank) throws IOException {
        YamlDocument doc = new YamlDocument(relative(file), Files.readString(file, StandardCharsets.UTF_8), 1);
        YamlDocument.Bound<Question[]> bound = doc.bind(Question[].class);
        if (bound.problem() != null) {
            report.accept(bound.problem());
            return;
        }
        Question[] items = bound.value();
        for (int i = 0; i < items.length; i++) {
            if (questions.bankItem(items[i], doc, i)) {
                bank.add(items[i]);
            }
        }
    }

    /** A Moodle GIFT bank: the parser's problems and each question's own, all at their lines. */
    private void readGift(Path file, String stem, List<Question> bank) throws IOException {
        String where = relative(file);
        GiftBank gift = GiftParser.parse(Files.readString(file, StandardCharsets.UTF_8), stem);
        gift.problems().forEach(p -> report.accept(new CourseProblem(where, p.line(), p.field(), p.message())));
        for (GiftBank.Located located : gift.questions()) {
            if (questions.giftItem(located.question(), where, located.line())) {
                bank.add(located.question());
            }
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString();
    }
}
