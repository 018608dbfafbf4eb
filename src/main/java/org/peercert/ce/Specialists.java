package org.peercert.ce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.peercert.people.Actor;
import org.peercert.people.PeopleDirectory;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.web.UserFacingException;

/**
 * Records who is a certified specialist. An admin records a certification earned outside
 * PeerCert, or corrects one, always with a reason; the newest record is current.
 */
@ApplicationScoped
@Transactional
public class Specialists {

    /** What an admin records: whose, which credential, since when, in which kind of program, and why. */
    public record Certification(@NotBlank(message = "enter the specialist's username") String username,
                                @NotBlank(message = "name the credential, for example Kentucky Adult Peer Support Specialist")
                                @Size(max = 255) String credential,
                                @NotNull(message = "enter the certification date")
                                @PastOrPresent(message = "the certification date cannot be in the future") java.time.LocalDate certifiedOn,
                                boolean alcoholDrugProgram,
                                @NotBlank(message = "say why this is recorded; it is kept as evidence") @Size(max = 1000) String reason) {
    }

    private final PeopleDirectory people;
    private final AuditLog audit;

    public Specialists(PeopleDirectory people, AuditLog audit) {
        this.people = people;
        this.audit = audit;
    }

    /** A certification issued by PeerCert itself: its holder's CE years start on the completion date. */
    public SpecialistRecord recordIssued(String subject, String legalName, String credential, java.time.LocalDate completedOn,
                                         String certificateNumber, Actor by) {
        SpecialistRecord record = SpecialistRecord.of(subject, legalName, new Certification("-", credential, completedOn,
                SpecialistRecord.current(subject).map(r -> r.alcoholDrugProgram).orElse(false),
                "certificate " + certificateNumber + " issued by PeerCert"), by);
        record.persist();
        audit.record(Audited.of("specialist.recorded").trainee(subject).record("specialist_record", record.id)
                .with("legalName", legalName).with("credential", credential).with("certifiedOn", completedOn)
                .with("certificate", certificateNumber));
        return record;
    }

    /**
     * The certificate that made this trainee a specialist is revoked: a record ends the
     * certification, and with it the CE years, until a new certificate or an admin's record.
     */
    public void certificateRevoked(String subject, String certificateNumber, String reason, Actor admin) {
        SpecialistRecord current = SpecialistRecord.current(subject).orElse(null);
        if (current == null) {
            return;
        }
        SpecialistRecord ended = SpecialistRecord.of(subject, current.legalName, new Certification("-", current.credential,
                current.certifiedOn, current.alcoholDrugProgram, "certificate " + certificateNumber + " revoked: " + reason), admin);
        ended.certificationEnded = true;
        ended.persist();
        audit.record(Audited.of("specialist.ended").trainee(subject).record("specialist_record", ended.id)
                .with("credential", ended.credential).with("certificate", certificateNumber).with("reason", reason));
    }

    public SpecialistRecord record(@jakarta.validation.Valid Certification certification, Actor admin) {
        String username = certification.username().trim();
        String subject = people.subjectOf(username).orElseThrow(() -> new UserFacingException(404,
                "username: there is no account \"" + username + "\"; check the spelling or invite the person first."));
        String legalName = people.legalName(subject).orElseThrow(() -> new UserFacingException(503,
                "The identity server did not give the specialist's legal name; try again in a minute."));
        SpecialistRecord record = SpecialistRecord.of(subject, legalName, certification, admin);
        record.persist();
        audit.record(Audited.of("specialist.recorded").trainee(subject).record("specialist_record", record.id)
                .with("legalName", legalName).with("credential", record.credential).with("certifiedOn", record.certifiedOn)
                .with("alcoholDrugProgram", record.alcoholDrugProgram).with("reason", record.reason));
        return record;
    }
}
