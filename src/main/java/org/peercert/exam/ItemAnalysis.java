package org.peercert.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Item analysis of a course's bank across every finished attempt: for each question, how often
 * it was drawn, its facility, discrimination and point-biserial, and how often each answer was
 * given. Questions are grouped by their bank id: edit a question's meaning, give it a new id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ItemAnalysis {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The analysis of one course. */
    public record Report(String courseId, String courseTitle, int finishedAttempts, List<Item> items) {
    }

    /** One question's figures; the three statistics are null where too few attempts make them meaningless. */
    public record Item(String questionId, String competencyId, String type, String prompt, int drawn, int correct,
                       BigDecimal facility, BigDecimal discrimination, BigDecimal pointBiserial, int unanswered,
                       List<AnswerCount> answers) {
    }

    /** How many finished attempts gave this answer (an option, a pairing, a typed text). */
    public record AnswerCount(String answer, boolean correct, int count) {
    }

    public Report of(Course course) {
        Map<Long, ExamSubmission> ends = ExamSubmission.inCourse(course.id()).stream()
                .collect(Collectors.toMap(s -> s.attemptId, Function.identity()));
        Map<String, List<ItemMark>> byQuestion = ItemMark.inCourse(course.id()).stream()
                .filter(m -> ends.containsKey(m.attemptId))
                .collect(Collectors.groupingBy(m -> m.questionId, LinkedHashMap::new, Collectors.toList()));
        List<Item> items = new ArrayList<>();
        byQuestion.forEach((id, marks) -> items.add(item(course, id, marks, ends)));
        items.sort(Comparator.comparing(Item::competencyId).thenComparing(Item::questionId));
        return new Report(course.id(), course.title(), ends.size(), items);
    }

    private static Item item(Course course, String id, List<ItemMark> marks, Map<Long, ExamSubmission> ends) {
        List<ItemStatistics.Response> responses = marks.stream()
                .map(m -> new ItemStatistics.Response(ends.get(m.attemptId).scorePercent.doubleValue(), m.correct)).toList();
        Optional<Question> q = course.examBank().stream().filter(b -> b.id().equals(id)).findFirst();
        List<List<String>> given = marks.stream().map(m -> parse(m.given)).toList();
        return new Item(id, marks.get(0).competencyId, q.map(b -> AttemptView.type(b.type())).orElse(""),
                q.map(Question::prompt).orElse("(no longer in the bank)"), marks.size(),
                (int) marks.stream().filter(m -> m.correct).count(), round(ItemStatistics.facility(responses)),
                round(ItemStatistics.discrimination(responses)), round(ItemStatistics.pointBiserial(responses)),
                (int) given.stream().filter(List::isEmpty).count(), q.map(b -> AnswerCounts.of(b, given)).orElse(List.of()));
    }

    private static BigDecimal round(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static List<String> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored mark could not be read", e);
        }
    }
}
