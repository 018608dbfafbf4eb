package org.peercert.audit;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import org.peercert.web.UserFacingException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A reviewer's filter over the audit log: whose record, which action (a prefix such as
 * {@code enrolment.}), which course, which actor, and a date range in the provider's zone.
 * Newest first, a page at a time.
 */
public record AuditFilter(String trainee, String action, String course, String actor, String from, String to, int page) {

    public static final int PAGE_SIZE = 50;

    public List<AuditEvent> events(ZoneId zone) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (present(trainee)) {
            // A subject, or part of the legal name on the trainee's enrolments or certificates.
            where.add("(traineeSubject = :trainee or traineeSubject in (select e.traineeSubject from Enrolment e "
                    + "where e.legalName like :traineeName escape '!') or traineeSubject in (select c.traineeSubject "
                    + "from Certificate c where c.legalName like :traineeName escape '!'))");
            parameters.and("trainee", trainee.trim())
                    .and("traineeName", "%" + trainee.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (present(action)) {
            where.add("action like :action");
            parameters.and("action", action.trim() + "%");
        }
        if (present(course)) {
            where.add("courseId = :course");
            parameters.and("course", course.trim());
        }
        if (present(actor)) {
            where.add("(actorSubject = :actor or actorName like :actorName)");
            parameters.and("actor", actor.trim()).and("actorName", "%" + actor.trim() + "%");
        }
        if (present(from)) {
            where.add("occurredAt >= :from");
            parameters.and("from", day("from", from).atStartOfDay(zone).toInstant());
        }
        if (present(to)) {
            where.add("occurredAt < :to");
            parameters.and("to", day("to", to).plusDays(1).atStartOfDay(zone).toInstant());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by id desc";
        return AuditEvent.<AuditEvent>find(query, parameters).page(Page.of(Math.max(0, page), PAGE_SIZE)).list();
    }

    /** The page's address with this filter, at another page (or with the chain check), for links. */
    public String link(int toPage, boolean verify) {
        StringBuilder query = new StringBuilder("/audit?page=").append(Math.max(0, toPage));
        append(query, "trainee", trainee);
        append(query, "action", action);
        append(query, "course", course);
        append(query, "actor", actor);
        append(query, "from", from);
        append(query, "to", to);
        if (verify) {
            query.append("&verify=true");
        }
        return query.toString();
    }

    public String previousPage() {
        return link(page - 1, false);
    }

    public String nextPage() {
        return link(page + 1, false);
    }

    public String verifyLink() {
        return link(page, true);
    }

    private static void append(StringBuilder query, String name, String value) {
        if (present(value)) {
            query.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new UserFacingException(400, field + ": \"" + value + "\" is not a date; write it as YYYY-MM-DD.");
        }
    }
}
