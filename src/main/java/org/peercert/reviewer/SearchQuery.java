package org.peercert.reviewer;

import org.peercert.certificate.CertificateNumber;
import org.peercert.certificate.CertificateStatus;
import org.peercert.web.UserFacingException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * What a reviewer searches by: part of a name, a certificate number, a course id, a status
 * (valid, expired, revoked) and an issue-date range. Checked when made: a mistyped number, an
 * unknown status or a date that is not YYYY-MM-DD answers 400 with what to fix.
 */
public record SearchQuery(String name, String number, String course, String status, String from, String to) {

    public SearchQuery {
        name = trimmed(name);
        number = trimmed(number);
        course = trimmed(course);
        status = trimmed(status);
        from = trimmed(from);
        to = trimmed(to);
        if (from != null && to != null && fromDay(from).isAfter(toDay(to))) {
            throw new UserFacingException(400, "from: " + from + " is after to: " + to + "; swap them.");
        }
        parsedNumber(number);
        parsedStatus(status);
    }

    public boolean isEmpty() {
        return name == null && number == null && course == null && status == null && from == null && to == null;
    }

    /** Whether anything but the name and course is asked for: then only certificate holders match. */
    public boolean certificateFilter() {
        return number != null || status != null || from != null || to != null;
    }

    public CertificateNumber certificateNumber() {
        return parsedNumber(number);
    }

    public CertificateStatus certificateStatus() {
        return parsedStatus(status);
    }

    public LocalDate fromDate() {
        return from == null ? null : fromDay(from);
    }

    public LocalDate toDate() {
        return to == null ? null : toDay(to);
    }

    private static CertificateNumber parsedNumber(String number) {
        if (number == null) {
            return null;
        }
        try {
            return CertificateNumber.parse(number);
        } catch (CertificateNumber.InvalidNumberException e) {
            throw new UserFacingException(400, "number: " + e.getMessage());
        }
    }

    private static CertificateStatus parsedStatus(String status) {
        if (status == null) {
            return null;
        }
        try {
            return CertificateStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(400, "status: \"" + status + "\" is not a status; say valid, expired or revoked.");
        }
    }

    private static LocalDate fromDay(String value) {
        return day("from", value);
    }

    private static LocalDate toDay(String value) {
        return day("to", value);
    }

    static LocalDate day(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(400, field + ": \"" + value + "\" is not a date; write it as YYYY-MM-DD.");
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
