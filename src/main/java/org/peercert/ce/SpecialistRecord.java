package org.peercert.ce;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.peercert.people.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What PeerCert knows of a specialist's certification: when they were certified (their CE years
 * run from it) and whether they work for a 908 KAR 1:370 alcohol/drug program. Append-only; the
 * newest row for a trainee is current, and each row says who recorded it and why.
 */
@Entity
@Table(name = "specialist_record")
@Immutable
public class SpecialistRecord extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "trainee_subject")
    public String traineeSubject;

    @Column(name = "legal_name")
    public String legalName;

    public String credential;

    @Column(name = "certified_on")
    public LocalDate certifiedOn;

    @Column(name = "alcohol_drug_program")
    public boolean alcoholDrugProgram;

    /** This record ends the certification (its certificate was revoked); CE years stop with it. */
    @Column(name = "certification_ended")
    public boolean certificationEnded;

    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_by_name")
    public String recordedByName;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    static SpecialistRecord of(String trainee, String legalName, Specialists.Certification certification, Actor by) {
        SpecialistRecord record = new SpecialistRecord();
        record.traineeSubject = trainee;
        record.legalName = legalName;
        record.credential = certification.credential().trim();
        record.certifiedOn = certification.certifiedOn();
        record.alcoholDrugProgram = certification.alcoholDrugProgram();
        record.reason = certification.reason().trim();
        record.recordedBy = by.subject();
        record.recordedByName = by.name();
        record.recordedAt = Instant.now();
        return record;
    }

    /** The current record of a trainee: the newest, unless it ends the certification. */
    public static Optional<SpecialistRecord> current(String trainee) {
        return find("traineeSubject = ?1 order by recordedAt desc, id desc", trainee).<SpecialistRecord>firstResultOptional()
                .filter(r -> !r.certificationEnded);
    }

    /** Every record of a trainee, oldest first: the history of corrections. */
    public static List<SpecialistRecord> history(String trainee) {
        return list("traineeSubject = ?1 order by recordedAt, id", trainee);
    }

    /** The current record of every specialist. */
    public static List<SpecialistRecord> allCurrent() {
        return list("from SpecialistRecord r where r.id = (select max(s.id) from SpecialistRecord s "
                + "where s.traineeSubject = r.traineeSubject) and r.certificationEnded = false order by r.legalName");
    }
}
