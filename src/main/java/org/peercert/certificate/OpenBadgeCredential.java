package org.peercert.certificate;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.security.cert.CertificateEncodingException;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The certificate as an Open Badges 3.0 credential (a W3C Verifiable Credential, VCDM 2.0), signed
 * as a VC-JWT with the provider's key: the credential's members are the JWT's claims (OB 3.0
 * section 8.2), with iss, jti, nbf and exp beside them, and the header carries the public key
 * (jwk) and the signing certificate (x5c). Its id is the certificate's verification address.
 */
public final class OpenBadgeCredential {

    static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
            "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

    private OpenBadgeCredential() {
    }

    /**
     * @param publicUrl  PeerCert's address: the issuer's id
     * @param validUntil the end of the expiry day, or null where the certificate does not expire
     */
    public static String signed(CertificateData d, String courseId, String publicUrl, Instant validUntil, SigningKey key) {
        try {
            JWK jwk = JWK.parse(key.certificate());
            boolean rsa = "RSA".equals(key.privateKey().getAlgorithm());
            JWSHeader header = new JWSHeader.Builder(rsa ? JWSAlgorithm.RS256 : JWSAlgorithm.ES256)
                    .type(JOSEObjectType.JWT).keyID(jwk.computeThumbprint().toString()).jwk(jwk.toPublicJWK())
                    .x509CertChain(List.of(Base64.encode(key.certificate().getEncoded()))).build();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(publicUrl).jwtID(d.verificationUrl())
                    .notBeforeTime(Date.from(d.issuedAt()));
            if (validUntil != null) {
                claims.expirationTime(Date.from(validUntil));
            }
            credential(d, courseId, publicUrl, validUntil).forEach(claims::claim);
            SignedJWT jwt = new SignedJWT(header, claims.build());
            JWSSigner signer = rsa ? new RSASSASigner(key.privateKey()) : new ECDSASigner((ECPrivateKey) key.privateKey());
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException | CertificateEncodingException e) {
            throw new IllegalStateException("The Open Badges credential could not be signed", e);
        }
    }

    static Map<String, Object> credential(CertificateData d, String courseId, String publicUrl, Instant validUntil) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", CONTEXT);
        credential.put("id", d.verificationUrl());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("issuer", Map.of("id", publicUrl, "type", List.of("Profile"), "name", d.issuer().providerName(),
                "otherIdentifier", List.of(Map.of("type", "IdentifierEntry", "identifier", d.issuer().approvalNumber(),
                        "identifierType", "identifier"))));
        credential.put("validFrom", d.issuedAt().toString());
        if (validUntil != null) {
            credential.put("validUntil", validUntil.toString());
        }
        credential.put("name", d.courseTitle());
        credential.put("credentialSubject", subject(d, courseId, publicUrl));
        return credential;
    }

    private static Map<String, Object> subject(CertificateData d, String courseId, String publicUrl) {
        String hours = d.creditHours().stripTrailingZeros().toPlainString();
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", publicUrl + "/courses/" + courseId);
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", d.courseTitle());
        achievement.put("description", d.credential());
        achievement.put("criteria", Map.of("narrative", "Complete " + hours + " credit hours of " + d.hourMinutes()
                + " minutes and every requirement of the course's completion rule."));
        achievement.put("creditsAvailable", Double.valueOf(hours));
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityHash", d.legalName(),
                "identityType", "name", "hashed", false)));
        subject.put("achievement", achievement);
        subject.put("creditsEarned", Double.valueOf(hours));
        subject.put("activityStartDate", d.trainingStartedOn() + "T00:00:00Z");
        subject.put("activityEndDate", d.trainingEndedOn() + "T00:00:00Z");
        return subject;
    }
}
