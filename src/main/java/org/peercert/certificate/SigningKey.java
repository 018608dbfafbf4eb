package org.peercert.certificate;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The provider's signing key and its certificate chain (signer first). It signs the PDFs (CMS)
 * and the Open Badges credentials (JWS).
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("A signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The JCA signature algorithm for this key: SHA-256 with RSA or with ECDSA. */
    public String signatureAlgorithm() {
        return switch (privateKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new IllegalStateException("Signing keys must be RSA or EC, not " + privateKey.getAlgorithm());
        };
    }
}
