package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import org.peercert.course.Course;
import org.peercert.course.CourseKind;

import java.util.List;

/**
 * The course evaluation form: statements rated on a five-point Likert scale, and comments. CE
 * accreditors (ASWB ACE, NAADAC) expect one before a certificate, so specialty and CE courses
 * require it; certification courses have none.
 */
@ApplicationScoped
public class EvaluationForm {

    /** One statement to rate. */
    public record Item(String id, String statement) {
    }

    /** One point of the scale. */
    public record Point(int value, String label) {
    }

    public static final int MAX_COMMENTS = 4000;

    private final List<Item> items;
    private final List<Point> scale;

    public EvaluationForm(CertificateMessages msg) {
        items = List.of(new Item("objectives", msg.evaluation_item_objectives()),
                new Item("relevance", msg.evaluation_item_relevance()),
                new Item("clarity", msg.evaluation_item_clarity()),
                new Item("format", msg.evaluation_item_format()),
                new Item("apply", msg.evaluation_item_apply()),
                new Item("recommend", msg.evaluation_item_recommend()));
        scale = List.of(new Point(1, msg.evaluation_scale_1()), new Point(2, msg.evaluation_scale_2()),
                new Point(3, msg.evaluation_scale_3()), new Point(4, msg.evaluation_scale_4()),
                new Point(5, msg.evaluation_scale_5()));
    }

    public List<Item> items() {
        return items;
    }

    public List<Point> scale() {
        return scale;
    }

    /** Whether a course asks for the evaluation before its certificate. */
    public static boolean requiredFor(Course course) {
        return course.kind() == CourseKind.SPECIALTY || course.kind() == CourseKind.CONTINUING_EDUCATION;
    }
}
