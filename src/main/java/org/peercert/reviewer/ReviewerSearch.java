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
 * as the database's collation compares them. Status is today's: the query asks for it as of the
 * provider's date.
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
        LocalDate today = dates.today();
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (q.name() != null) {
            where.add("c.legalName like :name escape '!'");
            p.and("name", "%" + likeLiteral(q.name()) + "%");
        }
        if (q.number() != null) {
            where.add("c.number = :number");
            p.and("number", q.certificateNumber().compact());
        }
        if (q.course() != null) {
            where.add("c.courseId = :course");
            p.and("course", q.course());
        }
        if (q.from() != null) {
            where.add("c.issuedOn >= :from");
            p.and("from", q.fromDate());
        }
        if (q.to() != null) {
            where.add("c.issuedOn <= :to");
            p.and("to", q.toDate());
        }
        if (q.certificateStatus() != null) {
            where.add(statusCondition(q.certificateStatus(), today, p));
        }
        String query = "from Certificate c" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.issuedAt desc, c.id desc";
        List<CertificateHit> hits = new ArrayList<>();
        List<Certificate> found = Certificate.<Certificate>find(query, p).page(0, limit).list();
        // One query for the revocations of the whole page, not one per certificate.
        Map<Long, CertificateRevocation> revoked = new java.util.HashMap<>();
        if (!found.isEmpty()) {
            CertificateRevocation.<CertificateRevocation>list("certificateId in ?1", found.stream().map(c -> c.id).toList())
                    .forEach(r -> revoked.put(r.certificateId, r));
        }
        for (Certificate c : found) {
            CertificateStatus status = CertificateStatus.of(c, revoked.get(c.id), today);
            hits.add(new CertificateHit(c.formattedNumber(), c.legalName, c.traineeSubject, c.courseId, c.courseTitle,
                    c.completedOn, c.issuedOn, status.name().toLowerCase(Locale.ROOT), c.sha256));
        }
        return hits;
    }

    /**
     * The status as a condition in the query, so that the limit counts matching certificates only
     * and no more rows than the page shows are read. It says what {@link CertificateStatus#of} says:
     * revoked outranks expired, and a certificate expires the day after its expiry date.
     */
    private static String statusCondition(CertificateStatus status, LocalDate today, Parameters p) {
        String revoked = "exists (from CertificateRevocation r where r.certificateId = c.id)";
        if (status == CertificateStatus.REVOKED) {
            return revoked;
        }
        p.and("today", today);
        return "not " + revoked + (status == CertificateStatus.EXPIRED
                ? " and c.expiresOn < :today"
                : " and (c.expiresOn is null or c.expiresOn >= :today)");
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
