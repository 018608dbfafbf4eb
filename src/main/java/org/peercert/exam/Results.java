package org.peercert.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.course.Course;
import org.peercert.course.CourseCatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds result views from the stored evidence: the attempt's draw, its marks and its submission. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Results {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CourseCatalog catalog;

    public Results(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    /** @param withReview whether to add each question with its key (staff; trainees where the course allows) */
    public ResultView of(ExamAttempt attempt, ExamSubmission submission, boolean withReview) {
        Course course = catalog.find(attempt.courseId).orElse(null);
        Function<String, String> title = id -> course == null ? id : course.competencyTitle(id);
        List<ResultView.CompetencyResult> by = Score.byCompetency(submission.byCompetency).stream()
                .map(c -> new ResultView.CompetencyResult(c.competencyId(), title.apply(c.competencyId()), c.correct(),
                        c.questions(), c.percent()))
                .toList();
        boolean review = withReview || attempt.showAnswers;
        return new ResultView(attempt.id, attempt.traineeSubject, attempt.legalName, attempt.courseId,
                course == null ? attempt.courseId : course.title(), attempt.examKind, attempt.attemptNumber,
                attempt.startedAt, attempt.deadline, submission.finalisedAt, submission.how, submission.correct,
                submission.questions, submission.scorePercent, attempt.passPercent, submission.passed, by, review,
                review ? review(attempt) : List.of());
    }

    private static List<ResultView.ReviewItem> review(ExamAttempt attempt) {
        Map<Integer, ItemMark> marks = ItemMark.of(attempt.id).stream()
                .collect(Collectors.toMap(m -> m.position, Function.identity()));
        List<ResultView.ReviewItem> items = new ArrayList<>();
        for (Draw.Item item : Draw.fromJson(attempt.draw).items()) {
            ItemMark mark = marks.get(item.position());
            Question q = item.question();
            items.add(new ResultView.ReviewItem(item.position() + 1, q.competency(), AttemptView.type(q.type()), q.prompt(),
                    mark != null && mark.correct, Keys.texts(q, given(mark)), Keys.of(q), q.explanation()));
        }
        return items;
    }

    private static List<String> given(ItemMark mark) {
        if (mark == null) {
            return List.of();
        }
        try {
            return JSON.readValue(mark.given, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored mark could not be read", e);
        }
    }
}
