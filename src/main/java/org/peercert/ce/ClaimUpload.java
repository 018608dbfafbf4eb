package org.peercert.ce;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.peercert.web.UserFacingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The outside-CE form as posted (multipart: the fields and the certificate file), for the page
 * and the API alike. Text is turned into a {@link OutsideCeService.Claim} with messages that
 * name the field to fix.
 */
public class ClaimUpload {

    @RestForm
    public String title;

    @RestForm
    public String provider;

    @RestForm
    public String hours;

    @RestForm
    public String completedOn;

    @RestForm
    public FileUpload certificate;

    OutsideCeService.Claim claim() {
        return new OutsideCeService.Claim(title, provider, number(), day());
    }

    CertificateFile file(int maxBytes) {
        if (certificate == null || certificate.uploadedFile() == null) {
            return CertificateFile.checked(null, null, maxBytes);
        }
        if (certificate.size() > maxBytes) {
            throw CertificateFile.tooLarge(certificate.size(), maxBytes);
        }
        try {
            return CertificateFile.checked(certificate.fileName(), Files.readAllBytes(certificate.uploadedFile()), maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BigDecimal number() {
        if (hours == null || hours.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(hours.trim());
        } catch (NumberFormatException e) {
            throw new UserFacingException(400, "hours: \"" + hours + "\" is not a number of hours; write it like 1.5.");
        }
    }

    private LocalDate day() {
        if (completedOn == null || completedOn.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(completedOn.trim());
        } catch (DateTimeParseException e) {
            throw new UserFacingException(400, "completedOn: \"" + completedOn + "\" is not a date; write it as YYYY-MM-DD.");
        }
    }
}
