package org.peercert.hours;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.course.Module;
import org.peercert.exam.Grading;
import org.peercert.exam.Question;
import org.peercert.exam.QuestionType;
import org.peercert.trainee.Enrolment;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.web.UserFacingException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Marks a module's knowledge check on the server. Every question must be right to pass; a
 * trainee may try again at once. Passing may complete the module's self-paced credit.
 */
@ApplicationScoped
@Transactional
public class KnowledgeCheckService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModuleCredit credit;
    private final AuditLog audit;

    public KnowledgeCheckService(ModuleCredit credit, AuditLog audit) {
        this.credit = credit;
        this.audit = audit;
    }

    /** @param form the posted fields: {@code q-<id>} (repeated for multiple), {@code q-<id>-<n>} for matching pairs */
    public KnowledgeCheckAttempt submit(String trainee, Course course, Module module, Map<String, List<String>> form) {
        if (Enrolment.of(trainee, course.id()).isEmpty()) {
            throw new UserFacingException(404, "Enrol in " + course.title() + " to take its knowledge checks.");
        }
        if (module.knowledgeCheck().isEmpty()) {
            throw new UserFacingException(404, "This module has no knowledge check.");
        }
        int correct = 0;
        for (Question q : module.knowledgeCheck()) {
            correct += Grading.isCorrect(q, answersTo(q, form)) ? 1 : 0;
        }
        KnowledgeCheckAttempt attempt = new KnowledgeCheckAttempt();
        attempt.traineeSubject = trainee;
        attempt.courseId = course.id();
        attempt.moduleSlug = module.slug();
        attempt.correct = correct;
        attempt.questions = module.knowledgeCheck().size();
        attempt.passed = correct == attempt.questions;
        attempt.answers = json(form);
        attempt.submittedAt = Instant.now();
        attempt.persist();
        audit.record(Audited.of("knowledge-check.submitted").trainee(trainee).course(course.id())
                .record("knowledge_check_attempt", attempt.id).with("module", module.slug())
                .with("correct", attempt.correct).with("questions", attempt.questions).with("passed", attempt.passed));
        if (attempt.passed) {
            credit.tryComplete(trainee, course, module);
        }
        return attempt;
    }

    static List<String> answersTo(Question q, Map<String, List<String>> form) {
        if (q.type() != QuestionType.MATCHING) {
            return form.getOrDefault("q-" + q.id(), List.of());
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < q.pairs().size(); i++) {
            List<String> value = form.getOrDefault("q-" + q.id() + "-" + i, List.of());
            chosen.add(value.isEmpty() ? "" : value.get(0));
        }
        return chosen;
    }

    private static String json(Map<String, List<String>> form) {
        try {
            Map<String, List<String>> answers = new java.util.TreeMap<>();
            form.forEach((key, values) -> {
                if (key.startsWith("q-")) {
                    answers.put(key, values);
                }
            });
            String json = JSON.writeValueAsString(answers);
            return json.length() > 4000 ? json.substring(0, 4000) : json;
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }
}
