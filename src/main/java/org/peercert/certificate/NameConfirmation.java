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
import java.util.Optional;

/** A trainee's confirmation of the name their certificates print. The latest one counts. */
@Entity
@Table(name = "name_confirmation")
@Immutable
public class NameConfirmation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "legal_name")
    public String legalName;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    public static Optional<NameConfirmation> latest(String trainee) {
        return find("traineeSubject = ?1 order by confirmedAt desc, id desc", trainee).firstResultOptional();
    }
}
