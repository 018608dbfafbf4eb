package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.hibernate.exception.ConstraintViolationException;
import org.peercert.audit.AuditLog;
import org.peercert.audit.Audited;
import org.peercert.ce.Specialists;
import org.peercert.course.Course;
import org.peercert.people.Actor;
import org.peercert.web.UserFacingException;

import java.util.List;

/**
 * Issues certificates, once. A certificate is issued only when the course's {@link CompletionRule}
 * is met and the trainee has confirmed the name to print, and only if every earlier certificate of
 * the trainee in the course is revoked, each with an admin's allowance of a replacement. Its PDF and credential are made and stored in the same
 * transaction as its row, and never made again.
 */
@ApplicationScoped
@Transactional
public class CertificateIssuer {

    private final CompletionRule rule;
    private final CompletionEvidenceCollector evidence;
    private final NameConfirmations names;
    private final CertificateMaker maker;
    private final AuditLog audit;
    private final Specialists specialists;
    private final LocalDates dates;

    public CertificateIssuer(CompletionRule rule, CompletionEvidenceCollector evidence, NameConfirmations names,
                             CertificateMaker maker, AuditLog audit, Specialists specialists, LocalDates dates) {
        this.dates = dates;
        this.audit = audit;
        this.specialists = specialists;
        this.rule = rule;
        this.evidence = evidence;
        this.names = names;
        this.maker = maker;
    }

    /** Issues with the evidence the records hold (the usual way: the trainee's button, bulk issue). */
    public Certificate issueWhenComplete(String traineeSubject, Course course, Actor by) {
        return issueInJob(traineeSubject, course, by, null);
    }

    /** As {@link #issueWhenComplete}, recording the bulk-issue job it belongs to. */
    public Certificate issueInJob(String traineeSubject, Course course, Actor by, Long jobId) {
        RuleVerdict verdict = requireMet(traineeSubject, course);
        return issueChecked(traineeSubject, course, evidence.collect(traineeSubject, course, verdict), by, jobId);
    }

    /**
     * Issues a certificate stating {@code evidence}.
     *
     * @throws UserFacingException 409 saying what is missing: a requirement, the name confirmation,
     *                             or an earlier certificate that is still valid
     */
    public Certificate issue(String traineeSubject, Course course, CompletionEvidence evidence, Actor by) {
        requireMet(traineeSubject, course);
        return issueChecked(traineeSubject, course, evidence, by, null);
    }

    /** Issues once the rule is known to be met (checked by the caller, in this transaction). */
    private Certificate issueChecked(String traineeSubject, Course course, CompletionEvidence evidence, Actor by, Long jobId) {
        NameConfirmation name = names.latest(traineeSubject).orElseThrow(() -> new UserFacingException(409,
                "Confirm the name to print on your certificates first, on the Certificates page."));
        List<Certificate> earlier = Certificate.ofTrainee(traineeSubject, course.id());
        for (Certificate c : earlier) {
            CertificateRevocation revocation = CertificateRevocation.of(c.id).orElse(null);
            if (revocation == null) {
                throw new UserFacingException(409, "A certificate for " + course.title() + " was already issued on "
                        + LocalDates.printed(c.issuedOn) + ": number " + c.formattedNumber()
                        + ". It is issued once; download it from the Certificates page.");
            }
            if (CertificateReplacement.of(c.id).isEmpty()) {
                throw new UserFacingException(409, "Certificate " + c.formattedNumber() + " for " + course.title()
                        + " was revoked on " + dates.printed(revocation.revokedAt) + " (" + revocation.reason
                        + "). A new one is issued only once the training provider allows a replacement.");
            }
        }
        try {
            Certificate issued = maker.make(traineeSubject, course, evidence, name, earlier.size(), by, jobId);
            recorded(issued, course, by);
            return issued;
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                throw new UserFacingException(409, "A certificate for " + course.title()
                        + " has just been issued; download it from the Certificates page.");
            }
            throw e;
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(409, "The certificate cannot be printed: " + e.getMessage()
                    + " Ask your training provider.");
        }
    }

    /** The issue is evidence; a course that makes specialists starts the holder's CE years. */
    private void recorded(Certificate issued, Course course, Actor by) {
        audit.record(Audited.of("certificate.issued").trainee(issued.traineeSubject).course(issued.courseId)
                .record("certificate", issued.id).with("number", issued.formattedNumber()).with("legalName", issued.legalName)
                .with("credential", issued.credential).with("creditHours", issued.creditHours)
                .with("completedOn", issued.completedOn).with("contentVersion", issued.contentVersion).with("jobId", issued.jobId));
        if (course.settings().certificate() != null && course.settings().certificate().makesSpecialist()) {
            specialists.recordIssued(issued.traineeSubject, issued.legalName, issued.credential, issued.completedOn,
                    issued.formattedNumber(), by);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleVerdict verdict(String traineeSubject, Course course) {
        return rule.check(traineeSubject, course);
    }

    private RuleVerdict requireMet(String traineeSubject, Course course) {
        RuleVerdict verdict = rule.check(traineeSubject, course);
        if (!verdict.met()) {
            throw new UserFacingException(409, "No certificate for " + course.title() + " yet. "
                    + String.join(" ", verdict.missing()));
        }
        return verdict;
    }
}
