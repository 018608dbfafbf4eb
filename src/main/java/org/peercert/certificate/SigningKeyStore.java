package org.peercert.certificate;

import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * The provider's signing key as a PKCS#12 file: read from where the configuration says, or, for
 * development and tests only, generated once as a self-signed key and kept, so that restarts
 * (and every node sharing the folder) sign with the same key.
 */
public final class SigningKeyStore {

    static final String GENERATED_FILE = "peercert-dev-signing.p12";

    private SigningKeyStore() {
    }

    /** Reads the first key entry of a PKCS#12 file, or the one named {@code alias}. */
    public static SigningKey load(Path file, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String entry = alias != null ? alias : Collections.list(store.aliases()).stream()
                    .filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(file + " holds no private key"));
            if (!(store.getKey(entry, password) instanceof PrivateKey key)) {
                throw new IllegalStateException(file + " has no private key named " + entry);
            }
            Certificate[] chain = store.getCertificateChain(entry);
            return new SigningKey(key, Arrays.stream(chain).map(c -> (X509Certificate) c).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the signing key " + file + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing key " + file + ": " + e.getMessage(), e);
        }
    }

    /** The key kept in {@code folder}, generated there first if missing. */
    public static synchronized SigningKey generatedIn(Path folder, String subjectName, char[] password) {
        Path file = folder.resolve(GENERATED_FILE);
        if (!Files.exists(file)) {
            write(file, selfSigned(subjectName), password);
        }
        return load(file, password, null);
    }

    static SigningKey selfSigned(String subjectName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            KeyPair pair = generator.generateKeyPair();
            var name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, subjectName)
                    .addRDN(BCStyle.O, "PeerCert development key, not for production").build();
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(96, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot generate a development signing key", e);
        }
    }

    /** Writes next to the target and links it into place, so a reader never sees half a file. */
    private static void write(Path file, SigningKey key, char[] password) {
        try {
            Files.createDirectories(file.getParent());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signing", key.privateKey(), password, key.chain().toArray(Certificate[]::new));
            Path temporary = Files.createTempFile(file.getParent(), GENERATED_FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            try {
                Files.createLink(file, temporary); // never replaces: a key another process just wrote wins
            } catch (FileAlreadyExistsException e) {
                // the other process's key is the one every process will load
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the development signing key in " + file.getParent(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the development signing key", e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
