package org.peercert.config;

import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** How certificates are signed and checked ({@code lms.certificates.*}). */
public interface CertificatesConfig {

    /** PKCS#12 file with the provider's signing key and certificate (LMS_CERTIFICATES_KEYSTORE); required in production. */
    Optional<String> keystore();

    /** The PKCS#12 file's password (LMS_CERTIFICATES_KEYSTORE_PASSWORD). */
    Optional<String> keystorePassword();

    /** The key's alias in the file; the first key entry when unset. */
    Optional<String> keyAlias();

    /**
     * Development and tests only, used when no keystore is set: the folder where a self-signed key is
     * generated on first start and kept, so restarts sign with the same key. Unset in production.
     */
    Optional<String> generatedKeyDir();

    /** A PNG of the authorised signature printed on certificates; PeerCert's demo signature when unset. */
    Optional<String> signatureImage();

    /** Who signs for the provider, printed under the signature. */
    @WithDefault("Authorised signatory")
    String signatoryName();

    /** The signatory's title, printed under the name. */
    @WithDefault("Training Director")
    String signatoryTitle();

    /** Public verification: rate limit and upload check. */
    Verification verification();

    /** Bulk issue and bulk download in the background. */
    Jobs jobs();

    interface Verification {
        /** Verifications a client address may make in a burst (the bucket's size). */
        @WithDefault("30")
        int burst();

        /** Verifications a client address may make per minute once the burst is spent (the bucket's refill). */
        @WithDefault("30")
        int perMinute();

        /** The largest PDF the upload check accepts, in bytes. */
        @WithDefault("5242880")
        int maxUploadBytes();
    }

    interface Jobs {
        /** How often each node looks for background jobs to run. */
        @WithDefault("PT2S")
        Duration pollInterval();

        /** A running job's lease: if its node stops renewing it for this long, another node takes the job over. */
        @WithDefault("PT1M")
        Duration lease();
    }
}
