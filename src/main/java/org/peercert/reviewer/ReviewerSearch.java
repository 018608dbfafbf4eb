package org.peercert.reviewer;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRevocation;
import org.peercert.certificate.CertificateStatus;
import org.peercert.certificate.LocalDates;
import org.peercert.config.LmsConfig;
import org.peercert.trainee.Enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The reviewer's search over certificates and trainees. Names are those the records hold (the
 * legal name on the enrolment or certificate), matched in part and without regard to case or accents
 * as the database's collation compares them. Status is today's, so it is judged after the query.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewerSearch {

    /** A certificate found. */
    public record CertificateHit(String number, String legalName, String traineeSubject, String courseId,
                                 String courseTitle, LocalDate completedOn, LocalDate issuedOn, String status, String sha256) {
    }

    /** A trainee found: the name on the latest record, their courses and how many certificates they hold. */
    public record TraineeHit(String traineeSubject, String legalName, List<String> courses, int certificates) {
    }

    private final LocalDates dates;
    private final int limit;

    public ReviewerSearch(LocalDates dates, LmsConfig config) {
        this.dates = dates;
        this.limit = config.reviewer().searchLimit();
    }

    public List<CertificateHit> certificates(SearchQuery q) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (q.name() != null) {
            where.add("legalName like :name escape '!'");
            p.and("name", "%" + likeLiteral(q.name()) + "%");
        }
        if (q.number() != null) {
            where.add("number = :number");
            p.and("number", q.certificateNumber().compact());
        }
        if (q.course() != null) {
            where.add("courseId = :course");
            p.and("course", q.course());
        }
        if (q.from() != null) {
            where.add("issuedOn >= :from");
            p.and("from", q.fromDate());
        }
        if (q.to() != null) {
            where.add("issuedOn <= :to");
            p.and("to", q.toDate());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by issuedAt desc, id desc";
        List<CertificateHit> hits = new ArrayList<>();
        for (Certificate c : Certificate.<Certificate>find(query, p).list()) {
            CertificateStatus status = CertificateStatus.of(c, CertificateRevocation.of(c.id).orElse(null), dates.today());
            if (q.certificateStatus() == null || q.certificateStatus() == status) {
                hits.add(new CertificateHit(c.formattedNumber(), c.legalName, c.traineeSubject, c.courseId, c.courseTitle,
                        c.completedOn, c.issuedOn, status.name().toLowerCase(Locale.ROOT), c.sha256));
                if (hits.size() == limit) {
                    break;
                }
            }
        }
        return hits;
    }

    /**
     * Trainees by name and course (from their enrolments and certificates); a number, status or
     * date asks for holders of the matching certificates.
     */
    public List<TraineeHit> trainees(SearchQuery q) {
        Map<String, TraineeHit> found = new LinkedHashMap<>();
        if (!q.certificateFilter()) {
            List<String> where = new ArrayList<>();
            Parameters p = new Parameters();
            if (q.name() != null) {
                where.add("legalName like :name escape '!'");
                p.and("name", "%" + likeLiteral(q.name()) + "%");
            }
            if (q.course() != null) {
                where.add("courseId = :course");
                p.and("course", q.course());
            }
            String query = (where.isEmpty() ? "" : String.join(" and ", where) + " ") + "order by legalName, traineeSubject";
            for (Enrolment e : Enrolment.<Enrolment>find(query, p).list()) {
                found.computeIfAbsent(e.traineeSubject, s -> hit(s, e.legalName));
                if (found.size() == limit) {
                    break;
                }
            }
        }
        for (CertificateHit c : certificates(q)) {
            if (found.size() == limit) {
                break;
            }
            found.computeIfAbsent(c.traineeSubject(), s -> hit(s, c.legalName()));
        }
        return List.copyOf(found.values());
    }

    private static TraineeHit hit(String subject, String name) {
        TreeSet<String> courses = new TreeSet<>();
        Enrolment.ofTrainee(subject).forEach(e -> courses.add(e.courseId));
        List<Certificate> held = Certificate.ofTrainee(subject);
        held.forEach(c -> courses.add(c.courseId));
        String latest = held.isEmpty() ? name : held.get(0).legalName;
        return new TraineeHit(subject, latest, List.copyOf(courses), held.size());
    }

    /**
     * A name typed into the search is text: its {@code %} and {@code _} are not wildcards. The
     * escape character is {@code !}, not a backslash, which MariaDB would read as one in SQL text.
     */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
