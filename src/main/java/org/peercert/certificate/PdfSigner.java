package org.peercert.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Signs a PDF as PAdES baseline B-B: an incremental update (the PDF/A bytes before it stay as
 * they are) holding a detached CAdES signature ({@code ETSI.CAdES.detached}) made with
 * BouncyCastle, with the ESS signing-certificate-v2 attribute and the claimed signing time in the
 * signature dictionary, not in the CMS. The signature field is invisible; the printed signature is
 * the image on the page.
 */
public final class PdfSigner {

    private static final int SIGNATURE_BYTES = 12_000;

    private PdfSigner() {
    }

    public static byte[] sign(byte[] pdf, SigningKey key, String signerName, String reason, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            signature.setReason(reason);
            Calendar when = GregorianCalendar.from(at.atZone(TimeZone.getTimeZone("UTC").toZoneId()));
            signature.setSignDate(when);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_BYTES);
            bareAcroForm(document);
            document.addSignature(signature, options); // its invisible widget is marked printable, as PDF/A wants
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_BYTES + 4096);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent().readAllBytes(), key));
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An AcroForm without PDFBox's defaults: those name Helvetica, a font this document neither
     * uses nor embeds, and looking up a substitute for it costs more than signing.
     */
    private static void bareAcroForm(PDDocument document) {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        if (catalog.getAcroForm(null) == null) {
            catalog.setAcroForm(new PDAcroForm(document, new COSDictionary()));
            catalog.getCOSObject().setNeedToBeUpdated(true);
        }
    }

    /** A detached CMS SignedData over the byte ranges, with the signer's chain. */
    static byte[] cms(byte[] signedBytes, SigningKey key) throws IOException {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutSigningTime(signingCertificate(key.certificate())))
                    .build(new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(signedBytes), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("The PDF could not be signed", e);
        }
    }

    private static AttributeTable signingCertificate(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))), certificate.getSerialNumber());
        SigningCertificateV2 value = new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(value)));
        return new AttributeTable(attributes);
    }

    /** PAdES keeps the claimed signing time in the signature dictionary (M), not as a CMS attribute. */
    private static CMSAttributeTableGenerator withoutSigningTime(AttributeTable extra) {
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator(extra);
        return parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
