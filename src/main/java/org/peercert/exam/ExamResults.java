package org.peercert.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Results per trainee of a course's exam, for instructors, reviewers and admins. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExamResults {

    /** One trainee's attempts, and whether one passed. */
    public record TraineeResults(String traineeSubject, String legalName, boolean passed,
                                 List<ExamStatus.AttemptSummary> attempts) {
    }

    /** @param visible which trainees the caller may see */
    public List<TraineeResults> perTrainee(String courseId, Predicate<String> visible) {
        Map<Long, ExamSubmission> ends = ExamSubmission.inCourse(courseId).stream()
                .collect(Collectors.toMap(s -> s.attemptId, Function.identity()));
        Map<String, List<ExamAttempt>> byTrainee = ExamAttempt.inCourse(courseId).stream()
                .filter(a -> visible.test(a.traineeSubject))
                .collect(Collectors.groupingBy(a -> a.traineeSubject, LinkedHashMap::new, Collectors.toList()));
        List<TraineeResults> results = new ArrayList<>();
        byTrainee.forEach((trainee, attempts) -> results.add(new TraineeResults(trainee, attempts.get(0).legalName,
                attempts.stream().anyMatch(a -> Optional.ofNullable(ends.get(a.id)).map(s -> s.passed).orElse(false)),
                attempts.stream().map(a -> ExamStatus.AttemptSummary.of(a, ends.get(a.id))).toList())));
        return results;
    }
}
