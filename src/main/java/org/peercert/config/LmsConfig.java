package org.peercert.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.ZoneId;

/**
 * PeerCert's own settings, under the {@code lms.} prefix. Every key can be overridden by an
 * environment variable: {@code lms.public-url} by {@code LMS_PUBLIC_URL}, and so on.
 */
@ConfigMapping(prefix = "lms")
public interface LmsConfig {

    /** The address people use to reach PeerCert; printed in QR codes and emails. */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** The provider's time zone: times are stored in UTC and shown in this zone. */
    @WithDefault("America/New_York")
    ZoneId timeZone();

    /** The folder of course folders (LMS_COURSES_DIR); relative paths start at the working directory. */
    @WithDefault("courses")
    String coursesDir();

    /** How often the course folder is checked for edits; a change is served without a restart. */
    @WithDefault("PT2S")
    Duration coursesReloadInterval();

    /** How self-paced seat time is measured. */
    SeatTime seatTime();

    interface SeatTime {
        /** How often the module reader reports while the trainee is active. */
        @WithDefault("PT30S")
        Duration beatInterval();

        /** No input for this long and the reader stops reporting: the trainee is away. */
        @WithDefault("PT5M")
        Duration idleWindow();

        /** The longest gap between two beats that still counts; a longer one credits nothing. */
        @WithDefault("PT75S")
        Duration maxGap();

        /** At most this many self-paced hours credited per course in any 24 hours (NAADAC: 8). */
        @WithDefault("8")
        int dailyCapHours();
    }

    /** Trainees' check-in to live sessions with the instructor's rotating code. */
    CheckIn checkIn();

    interface CheckIn {
        /** Secret the codes are derived from (LMS_CHECK_IN_SECRET); the same on every node. */
        String secret();

        /** How long one code is shown; the previous code is still accepted for one more period. */
        @WithDefault("PT45S")
        Duration period();

        /** Wrong codes a trainee may enter per session within ten minutes. */
        @WithDefault("5")
        int wrongCodesAllowed();
    }

    /** The audit log. */
    Audit audit();

    interface Audit {
        /** Years every record and audit event is kept at the least; no code path deletes them. */
        @WithDefault("7")
        int retentionYears();

        /** How often committed events are sealed into the hash chain. */
        @WithDefault("PT1S")
        Duration sealInterval();
    }

    /** Continuing education of certified specialists. */
    Ce ce();

    interface Ce {
        /** CE hours a specialist owes each CE year (DBHDID: 6). */
        @WithDefault("6")
        java.math.BigDecimal requiredHours();

        /** CE hours owed by a specialist working for a 908 KAR 1:370 alcohol/drug program (DBHDID: 10). */
        @WithDefault("10")
        java.math.BigDecimal alcoholDrugProgramHours();

        /** When a CE year starts: on each certification anniversary, or on January 1. */
        @WithDefault("anniversary")
        CeYearBasis yearBasis();

        /** Reminder emails go out this many days before the CE year ends, while hours are still due. */
        @WithDefault("60,14")
        java.util.List<Integer> reminderDays();

        /** How often the reminder job looks for specialists to remind (a duration such as 6h), or off. */
        @WithDefault("6h")
        String reminderInterval();

        /** The largest outside-CE certificate file accepted. */
        @WithDefault("5242880")
        int uploadMaxBytes();
    }

    // ---- Oral exams (org.peercert.oral) ----------------------------------------------------

    /** Oral exams: booking changes, reminders and emails. */
    Oral oral();

    interface Oral {
        /** Inside this time before an exam only an instructor or admin changes a booking; a rubric may set its own. */
        @WithDefault("PT24H")
        Duration noChangeWindow();

        /** How long before an exam the reminder email goes out. */
        @WithDefault("PT24H")
        Duration reminderLead();

        /** How often the job sends due reminders and retries emails that failed (a duration such as 10m), or off. */
        @WithDefault("10m")
        String mailInterval();

        /** How long a failed invitation email is retried. */
        @WithDefault("PT48H")
        Duration mailRetryFor();
    }

    /** How CE years are counted: from the certification anniversary, or by calendar year. */
    enum CeYearBasis {
        ANNIVERSARY, CALENDAR
    }

    /** The training provider running this PeerCert. */
    Provider provider();

    /** Written exams and post-tests. */
    Exam exam();

    interface Exam {
        /** Answers arriving this long after an attempt's deadline still count: they were in flight when time ran out. */
        @WithDefault("PT15S")
        Duration gracePeriod();

        /** How often attempts past their deadline are finalised (an attempt is also finalised when next read). */
        @WithDefault("PT10S")
        Duration sweepInterval();
    }

    /** Certificates: the signing key, the printed signature, verification limits, background jobs. */
    CertificatesConfig certificates();

    /** The state reviewer's workspace: evidence packets and exports. */
    ReviewerConfig reviewer();

    /** The identity server's realm address, used for the login link and the CSP form-action. */
    @WithDefault("http://localhost:8180/realms/peercert")
    String identityRealmUrl();

    interface Provider {
        /** Name printed on pages and certificates. */
        @WithDefault("PeerCert Training Provider")
        String name();

        /** The provider's approval number with DBHDID or a CE board; printed on certificates. */
        @WithDefault("unset")
        String approvalNumber();

        /** Where trainees and reviewers can write to the provider. */
        @WithDefault("training@example.org")
        String contactEmail();
    }
}
