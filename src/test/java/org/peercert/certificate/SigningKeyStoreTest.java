package org.peercert.certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The provider's key as production has it: a PKCS#12 file made by a real tool (the JDK's keytool,
 * here an EC key), read and used to sign; and the development key, generated once and kept.
 */
class SigningKeyStoreTest {

    @TempDir
    Path folder;

    @Test
    void aKeytoolMadePkcs12SignsCertificatesThatPdfsigAccepts() throws Exception {
        Path file = folder.resolve("provider.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", "s3cret-pass",
                "-alias", "provider", "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                "-validity", "365", "-dname", "CN=Bluegrass Recovery Training Center, O=Bluegrass Recovery")
                .redirectErrorStream(true).start();
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0,
                new String(keytool.getInputStream().readAllBytes()));

        SigningKey key = SigningKeyStore.load(file, "s3cret-pass".toCharArray(), "provider");
        assertEquals("SHA256withECDSA", key.signatureAlgorithm());
        byte[] signed = PdfSigner.sign(CertificatePdf.render(SampleCertificates.withNumber(CertificateNumber.random())),
                key, "Bluegrass Recovery Training Center", "Certificate issued", Instant.now());
        assertTrue(PdfChecks.signature(signed).cmsValid());
        String report = PdfChecks.pdfsig(signed);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(OpenBadgeCredential.signed(SampleCertificates.withNumber(CertificateNumber.random()), "c",
                "https://training.example.org", null, key).split("\\.").length == 3);
    }

    @Test
    void theDevelopmentKeyIsGeneratedOnceAndKept() {
        SigningKey first = SigningKeyStore.generatedIn(folder, "PeerCert Training Provider", "dev".toCharArray());
        SigningKey again = SigningKeyStore.generatedIn(folder, "PeerCert Training Provider", "dev".toCharArray());
        assertEquals(first.certificate(), again.certificate(), "a restart signs with the same key");
        assertTrue(Files.exists(folder.resolve(SigningKeyStore.GENERATED_FILE)));
        assertTrue(first.certificate().getSubjectX500Principal().getName().contains("not for production"));
    }
}
