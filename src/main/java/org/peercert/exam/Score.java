package org.peercert.exam;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of a result: questions right over questions drawn, in percent with two decimals,
 * passed at or above the pass mark, and the same count per competency. Every question weighs the
 * same and is either right or wrong.
 */
public record Score(int correct, int questions, BigDecimal percent, boolean passed, List<CompetencyScore> byCompetency) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One competency's share of the result. */
    public record CompetencyScore(String competencyId, int correct, int questions) {
        public int percent() {
            return questions == 0 ? 0 : correct * 100 / questions;
        }
    }

    /** One marked question: its competency and whether it was right. */
    public record Mark(String competencyId, boolean correct) {
    }

    public static Score of(List<Mark> marks, int passPercent) {
        int correct = (int) marks.stream().filter(Mark::correct).count();
        BigDecimal percent = marks.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(correct * 100L).divide(BigDecimal.valueOf(marks.size()), 2, RoundingMode.DOWN);
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Mark mark : marks) {
            int[] c = counts.computeIfAbsent(mark.competencyId(), k -> new int[2]);
            c[0] += mark.correct() ? 1 : 0;
            c[1]++;
        }
        List<CompetencyScore> by = new ArrayList<>();
        counts.forEach((id, c) -> by.add(new CompetencyScore(id, c[0], c[1])));
        return new Score(correct, marks.size(), percent, percent.compareTo(BigDecimal.valueOf(passPercent)) >= 0, by);
    }

    static String json(List<CompetencyScore> byCompetency) {
        try {
            return JSON.writeValueAsString(byCompetency);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<CompetencyScore> byCompetency(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored result could not be read", e);
        }
    }
}
