package org.peercert.exam;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An admin's extra-time accommodation for a trainee: attempts started afterwards get their time
 * limit multiplied by it. A change is a new row; the latest is in force.
 */
@Entity
@Table(name = "exam_accommodation")
@Immutable
public class Accommodation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "trainee_name")
    public String traineeName;

    @Column(name = "time_multiplier")
    public BigDecimal timeMultiplier;

    public String reason;

    @Column(name = "granted_by")
    public String grantedBy;

    @Column(name = "granted_by_name")
    public String grantedByName;

    @Column(name = "granted_at")
    public Instant grantedAt;

    /** The multiplier in force for a trainee: the latest grant, or 1. */
    public static BigDecimal multiplierOf(String trainee) {
        return find("traineeSubject = ?1 order by id desc", trainee).<Accommodation>firstResultOptional()
                .map(a -> a.timeMultiplier).orElse(BigDecimal.ONE);
    }

    public static List<Accommodation> newestFirst() {
        return list("order by id desc");
    }
}
