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

    /** The training provider running this PeerCert. */
    Provider provider();

    /** Certificates: the signing key, the printed signature, verification limits, background jobs. */
    CertificatesConfig certificates();

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
