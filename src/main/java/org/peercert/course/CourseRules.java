package org.peercert.course;

import org.peercert.exam.Question;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The rules a course must keep beyond well-formed YAML: required fields, hours that add up, exams
 * that fit the course's kind and bank. Each broken rule is reported at its field's line.
 */
final class CourseRules {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private CourseRules() {
    }

    static void checkSettings(CourseFrontMatter c, String folder, YamlDocument doc, Consumer<CourseProblem> report) {
        if (c.id() == null || !c.id().equals(folder)) {
            report.accept(doc.problem("id", "must equal the folder name \"" + folder + "\""));
        }
        requireText(doc, report, "title", c.title());
        requireText(doc, report, "summary", c.summary());
        requireText(doc, report, "credential", c.credential());
        if (c.kind() == null) {
            report.accept(doc.problem("kind", "is missing; use certification, specialty or continuing-education"));
        }
        if (c.hours() == null || c.hours().signum() <= 0) {
            report.accept(doc.problem("hours", "must be a positive number of credit hours"));
        }
        if (c.hourMinutes() != null && c.hourMinutes() != 60 && c.hourMinutes() != 50) {
            report.accept(doc.problem("hourMinutes", "must be 60 or 50 (minutes in a credit hour)"));
        }
        if (c.formats() == null || c.formats().isEmpty()) {
            report.accept(doc.problem("formats", "lists no delivery format; use in-person, live-video and/or self-paced"));
        } else if (Boolean.TRUE.equals(c.liveOnly()) && c.formats().contains(DeliveryFormat.SELF_PACED)) {
            report.accept(doc.problem("formats", "cannot include self-paced when liveOnly is true"));
        }
        checkCompetencies(c, doc, report);
        checkExams(c, doc, report);
        checkCertificate(c.certificate(), doc, report);
    }

    private static void checkCertificate(CourseFrontMatter.CertificateSettings terms, YamlDocument doc,
                                         Consumer<CourseProblem> report) {
        if (terms == null) {
            return;
        }
        if (terms.validYears() != null && (terms.validYears() < 0 || terms.validYears() > 50)) {
            report.accept(doc.problem("certificate.validYears", "must be a whole number of years from 0 (no expiry) to 50"));
        }
        if (terms.ceDueMonths() != null && (terms.ceDueMonths() < 0 || terms.ceDueMonths() > 120)) {
            report.accept(doc.problem("certificate.ceDueMonths", "must be a whole number of months from 0 (none) to 120"));
        }
        if (terms.approvalNumber() != null && (terms.approvalNumber().isBlank() || terms.approvalNumber().length() > 100)) {
            report.accept(doc.problem("certificate.approvalNumber", "must be text of at most 100 characters, or left out"));
        }
    }

    private static void checkCompetencies(CourseFrontMatter c, YamlDocument doc, Consumer<CourseProblem> report) {
        if (c.competencies() == null || c.competencies().isEmpty()) {
            report.accept(doc.problem("competencies", "lists none; a course needs at least one competency"));
            return;
        }
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < c.competencies().size(); i++) {
            Competency competency = c.competencies().get(i);
            String at = "competencies[" + i + "]";
            if (competency.id() == null || !ID.matcher(competency.id()).matches() || !seen.add(competency.id())) {
                report.accept(doc.problem(at + ".id", "must be a unique id of lower-case words joined by hyphens"));
            }
            if (competency.title() == null || competency.title().isBlank()) {
                report.accept(doc.problem(at + ".title", "is missing"));
            }
            if (competency.hours() == null || competency.hours().signum() <= 0) {
                report.accept(doc.problem(at + ".hours", "must be a positive number of hours"));
            } else {
                sum = sum.add(competency.hours());
            }
        }
        if (c.hours() != null && sum.compareTo(c.hours()) != 0) {
            report.accept(doc.problem("hours", "is " + c.hours().stripTrailingZeros().toPlainString()
                    + " but the competencies add up to " + sum.stripTrailingZeros().toPlainString()));
        }
    }

    private static void checkExams(CourseFrontMatter c, YamlDocument doc, Consumer<CourseProblem> report) {
        if (c.kind() == CourseKind.CERTIFICATION && c.writtenExam() == null) {
            report.accept(doc.problem("writtenExam", "is missing; a certification course needs a written exam"));
        }
        if (c.kind() != null && c.kind() != CourseKind.CERTIFICATION && c.postTest() == null) {
            report.accept(doc.problem("postTest", "is missing; specialty and continuing-education courses need a post-test"));
        }
        if (c.writtenExam() != null && c.postTest() != null) {
            report.accept(doc.problem("postTest", "cannot stand beside writtenExam: a course sets one test, "
                    + "writtenExam for certification courses, postTest for the others"));
        }
        exam("writtenExam", c.writtenExam(), doc, report);
        exam("postTest", c.postTest(), doc, report);
    }

    private static void exam(String field, CourseFrontMatter.ExamSettings exam, YamlDocument doc, Consumer<CourseProblem> report) {
        if (exam == null) {
            return;
        }
        if (exam.questionsPerCompetency() == null || exam.questionsPerCompetency().isEmpty()) {
            report.accept(doc.problem(field + ".questionsPerCompetency", "is missing; say how many questions to draw per competency"));
        }
        if (exam.passPercent() != null && (exam.passPercent() < 1 || exam.passPercent() > 100)) {
            report.accept(doc.problem(field + ".passPercent", "must be a whole percentage from 1 to 100 (80 when left out)"));
        }
        if (exam.timeLimitMinutes() == null || exam.timeLimitMinutes() < 1) {
            report.accept(doc.problem(field + ".timeLimitMinutes", "must be a positive number of minutes"));
        }
        if (exam.attemptsAllowed() == null || exam.attemptsAllowed() < 1) {
            report.accept(doc.problem(field + ".attemptsAllowed", "must be at least 1"));
        }
        if (exam.waitHoursBetweenAttempts() != null && exam.waitHoursBetweenAttempts() < 0) {
            report.accept(doc.problem(field + ".waitHoursBetweenAttempts", "cannot be negative"));
        }
    }

    /** Module hours per competency, and the bank against the exam blueprint. */
    static void checkTotals(CourseFrontMatter c, List<Module> modules, List<Question> bank, YamlDocument doc,
                            Consumer<CourseProblem> report) {
        for (int i = 0; i < c.competencies().size(); i++) {
            Competency competency = c.competencies().get(i);
            BigDecimal taught = modules.stream().filter(m -> m.competency().equals(competency.id()))
                    .map(Module::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (competency.hours() != null && taught.compareTo(competency.hours()) != 0) {
                report.accept(doc.problem("competencies[" + i + "].hours", "is " + plain(competency.hours())
                        + " but the modules for " + competency.id() + " add up to " + plain(taught)));
            }
        }
        blueprint("writtenExam", c.writtenExam(), c, bank, doc, report);
        blueprint("postTest", c.postTest(), c, bank, doc, report);
    }

    private static void blueprint(String field, CourseFrontMatter.ExamSettings exam, CourseFrontMatter c, List<Question> bank,
                                  YamlDocument doc, Consumer<CourseProblem> report) {
        if (exam == null || exam.questionsPerCompetency() == null) {
            return;
        }
        exam.questionsPerCompetency().forEach((competency, count) -> {
            String at = field + ".questionsPerCompetency." + competency;
            long available = bank.stream().filter(q -> competency.equals(q.competency())).count();
            if (c.competencies().stream().noneMatch(k -> k.id().equals(competency))) {
                report.accept(doc.problem(at, "names no competency of this course"));
            } else if (count == null || count < 0 || count > available) {
                report.accept(doc.problem(at, "draws " + count + " questions but the bank has " + available));
            }
        });
    }

    static void requireText(YamlDocument doc, Consumer<CourseProblem> report, String field, String value) {
        if (value == null || value.isBlank()) {
            report.accept(doc.problem(field, "is missing"));
        }
    }

    static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }
}
