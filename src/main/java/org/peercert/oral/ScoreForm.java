package org.peercert.oral;

import jakarta.ws.rs.core.MultivaluedMap;
import org.peercert.web.UserFacingException;

import java.util.LinkedHashMap;
import java.util.Map;

/** The scoring form as posted: {@code points.<criterion id>} per criterion, feedback, and for a correction the score and why. */
final class ScoreForm {

    private static final String POINTS = "points.";

    private ScoreForm() {
    }

    static ScoringService.Submission read(MultivaluedMap<String, String> form) {
        Map<String, Integer> points = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(POINTS) && values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                String criterion = name.substring(POINTS.length());
                try {
                    points.put(criterion, Integer.parseInt(values.get(0).trim()));
                } catch (NumberFormatException e) {
                    throw new UserFacingException(400, "points: " + criterion + ": choose one of its levels.");
                }
            }
        });
        String corrects = form.getFirst("correctsScore");
        Long correctsScore = corrects == null || corrects.isBlank() ? null
                : OralBookingPages.number(corrects, "correctsScore: the score to correct is not a number.");
        return new ScoringService.Submission(points, form.getFirst("feedback"), correctsScore, form.getFirst("reason"));
    }
}
