package org.peercert.oral;

import jakarta.ws.rs.core.MultivaluedMap;
import org.peercert.web.UserFacingException;

import java.util.LinkedHashMap;
import java.util.Map;

/** The scoring form as posted: {@code points.<criterion id>} per criterion, feedback, and for a correction the score and why. */
public final class ScoreForm {

    private static final String POINTS = "points.";

    private ScoreForm() {
    }

    /** What the examiner had entered, to put back in the form when it is refused: nothing typed is lost. */
    public record Entered(Map<String, Integer> points, String feedback, String reason) {
        static final Entered NONE = new Entered(Map.of(), "", "");
    }

    static Entered entered(MultivaluedMap<String, String> form) {
        Map<String, Integer> points = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(POINTS) && values != null && !values.isEmpty()) {
                try {
                    points.put(name.substring(POINTS.length()), Integer.parseInt(values.get(0).trim()));
                } catch (NumberFormatException e) {
                    // a tampered value: leave that criterion unticked
                }
            }
        });
        String feedback = form.getFirst("feedback");
        String reason = form.getFirst("reason");
        return new Entered(points, feedback == null ? "" : feedback, reason == null ? "" : reason);
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
