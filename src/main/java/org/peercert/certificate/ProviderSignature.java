package org.peercert.certificate;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.peercert.config.CertificatesConfig;
import org.peercert.config.LmsConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The provider's signing key and printed signature, loaded once at start-up so that a missing or
 * unreadable key stops PeerCert at once instead of at the first certificate. Production reads the
 * configured PKCS#12 file; development and tests generate a self-signed key once and keep it.
 */
@Startup
@ApplicationScoped
public class ProviderSignature {

    private static final Logger LOG = Logger.getLogger(ProviderSignature.class);
    private static final String DEMO_SIGNATURE = "/certificate/demo-signature.png";

    private final SigningKey key;
    private final CertificateData.Issuer issuer;

    public ProviderSignature(LmsConfig config) {
        CertificatesConfig certificates = config.certificates();
        this.key = loadKey(certificates, config.provider().name());
        this.issuer = new CertificateData.Issuer(config.provider().name(), config.provider().approvalNumber(),
                certificates.signatoryName(), certificates.signatoryTitle(), signatureImage(certificates));
        LOG.infof("Certificates are signed by \"%s\"", key.certificate().getSubjectX500Principal().getName());
    }

    public SigningKey key() {
        return key;
    }

    /** The provider as printed, with the course's own approval number where it sets one. */
    public CertificateData.Issuer issuer(String courseApprovalNumber) {
        if (courseApprovalNumber == null || courseApprovalNumber.isBlank()) {
            return issuer;
        }
        return new CertificateData.Issuer(issuer.providerName(), courseApprovalNumber, issuer.signatoryName(),
                issuer.signatoryTitle(), issuer.signaturePng());
    }

    private static SigningKey loadKey(CertificatesConfig config, String providerName) {
        char[] password = config.keystorePassword().orElse("").toCharArray();
        if (config.keystore().isPresent()) {
            return SigningKeyStore.load(Path.of(config.keystore().get()), password, config.keyAlias().orElse(null));
        }
        Path folder = Path.of(config.generatedKeyDir().orElseThrow(() -> new IllegalStateException(
                "No signing key: set LMS_CERTIFICATES_KEYSTORE (a PKCS#12 file) and LMS_CERTIFICATES_KEYSTORE_PASSWORD")));
        LOG.warnf("Signing certificates with a self-signed development key kept in %s; never use it in production",
                folder.toAbsolutePath());
        return SigningKeyStore.generatedIn(folder, providerName, password.length == 0 ? "peercert-dev".toCharArray() : password);
    }

    private static byte[] signatureImage(CertificatesConfig config) {
        try {
            if (config.signatureImage().isPresent()) {
                return Files.readAllBytes(Path.of(config.signatureImage().get()));
            }
            LOG.warn("Printing PeerCert's demo signature on certificates; set LMS_CERTIFICATES_SIGNATURE_IMAGE");
            try (InputStream in = ProviderSignature.class.getResourceAsStream(DEMO_SIGNATURE)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signature image: " + e.getMessage(), e);
        }
    }
}
