package org.peercert.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.List;

/**
 * A background job an admin started: issue certificates to a course's trainees, or put a course's
 * certificates into one ZIP. Its items and their outcomes are rows, so progress is counted, not kept.
 */
@Entity
@Table(name = "certificate_job")
@Immutable
public class CertificateJob extends PanacheEntityBase {

    public static final String ISSUE = "issue";
    public static final String DOWNLOAD = "download";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** {@link #ISSUE} or {@link #DOWNLOAD}. */
    public String kind;

    @Column(name = "course_id")
    public String courseId;

    @Column(name = "item_count")
    public int itemCount;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_by_name")
    public String requestedByName;

    @Column(name = "requested_at")
    public Instant requestedAt;

    public static List<CertificateJob> newestFirst(int limit) {
        return find("kind in ?1 order by requestedAt desc, id desc", List.of(ISSUE, DOWNLOAD)).page(0, limit).list();
    }

    /** Jobs without a finish row, oldest first: what the runner works on. */
    public static List<Long> unfinishedIds() {
        return getEntityManager().createQuery("select j.id from CertificateJob j where not exists "
                + "(from CertificateJobFinish f where f.jobId = j.id) order by j.id", Long.class).getResultList();
    }
}
