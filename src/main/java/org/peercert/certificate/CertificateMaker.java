package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.peercert.config.LmsConfig;
import org.peercert.course.Course;
import org.peercert.course.CourseFrontMatter;
import org.peercert.course.DeliveryFormat;
import org.peercert.people.Actor;
import org.peercert.trainee.Enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Makes one certificate from checked inputs: its number and dates, the signed PDF/A, the signed
 * Open Badges credential, and the rows holding them. Called by {@link CertificateIssuer} only.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CertificateMaker {

    private final ProviderSignature signature;
    private final LocalDates dates;
    private final LmsConfig config;

    public CertificateMaker(ProviderSignature signature, LocalDates dates, LmsConfig config) {
        this.signature = signature;
        this.dates = dates;
        this.config = config;
    }

    Certificate make(String trainee, Course course, CompletionEvidence evidence, NameConfirmation name, int issueSeq, Actor by,
                     Long jobId) {
        CertificateNumber number = CertificateNumber.random();
        Instant now = Instant.now();
        LocalDate issuedOn = dates.dateOf(now);
        CourseFrontMatter.CertificateSettings terms = course.settings().certificate();
        LocalDate expiresOn = years(terms) > 0 ? issuedOn.plusYears(years(terms)) : null;
        LocalDate ceDueOn = months(terms) > 0 ? evidence.completedOn().plusMonths(months(terms)) : null;
        String contentVersion = Enrolment.of(trainee, course.id()).map(e -> e.contentVersion).orElse(course.contentVersion());
        CertificateData data = new CertificateData(number.formatted(), name.legalName, course.title(),
                course.settings().credential(), evidence.creditHours(), course.hourMinutes(),
                evidence.formats().stream().map(CertificateMaker::printed).toList(), evidence.trainingStartedOn(),
                evidence.trainingEndedOn(), evidence.completedOn(), issuedOn, expiresOn, ceDueOn, contentVersion,
                verificationUrl(number), now, signature.issuer(terms == null ? null : terms.approvalNumber()));
        byte[] pdf = PdfSigner.sign(CertificatePdf.render(data), signature.key(), data.issuer().providerName(),
                "Certificate " + number.formatted() + " issued to " + name.legalName, now);
        Instant validUntil = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(config.timeZone()).toInstant();
        String credential = OpenBadgeCredential.signed(data, course.id(), publicUrl(), validUntil, signature.key());

        Certificate certificate = row(data, number, trainee, course, evidence, name, issueSeq, by);
        certificate.sha256 = Sha256.hex(pdf);
        certificate.jobId = jobId;
        certificate.persistAndFlush();
        CertificateDocument document = new CertificateDocument();
        document.certificateId = certificate.id;
        document.pdf = pdf;
        document.credentialJwt = credential;
        document.persistAndFlush();
        return certificate;
    }

    private static Certificate row(CertificateData data, CertificateNumber number, String trainee, Course course,
                                   CompletionEvidence evidence, NameConfirmation name, int issueSeq, Actor by) {
        Certificate c = new Certificate();
        c.number = number.compact();
        c.traineeSubject = trainee;
        c.legalName = name.legalName;
        c.nameConfirmationId = name.id;
        c.courseId = course.id();
        c.courseTitle = data.courseTitle();
        c.credential = data.credential();
        c.contentVersion = data.contentVersion();
        c.creditHours = data.creditHours();
        c.hourMinutes = data.hourMinutes();
        c.deliveryFormats = evidence.formats().stream().map(DeliveryFormat::code).collect(Collectors.joining(","));
        c.trainingStartedOn = data.trainingStartedOn();
        c.trainingEndedOn = data.trainingEndedOn();
        c.completedOn = data.completedOn();
        c.issuedOn = data.issuedOn();
        c.expiresOn = data.expiresOn();
        c.ceDueOn = data.ceDueOn();
        c.providerName = data.issuer().providerName();
        c.approvalNumber = data.issuer().approvalNumber();
        c.issueSeq = issueSeq;
        c.issuedBy = by.subject();
        c.issuedByName = by.name();
        c.issuedAt = data.issuedAt();
        return c;
    }

    String verificationUrl(CertificateNumber number) {
        return publicUrl() + "/verify/" + number.compact();
    }

    private String publicUrl() {
        return config.publicUrl().replaceAll("/+$", "");
    }

    /** How a format reads on a certificate (ASWB ACE asks for the delivery format to be stated). */
    static String printed(DeliveryFormat format) {
        return switch (format) {
            case IN_PERSON -> "in person";
            case LIVE_VIDEO -> "live video (two-way audio and video)";
            case SELF_PACED -> "self-paced online";
        };
    }

    private static int years(CourseFrontMatter.CertificateSettings terms) {
        return terms == null || terms.validYears() == null ? 0 : terms.validYears();
    }

    private static int months(CourseFrontMatter.CertificateSettings terms) {
        return terms == null || terms.ceDueMonths() == null ? 0 : terms.ceDueMonths();
    }
}
