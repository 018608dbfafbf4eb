package org.peercert.certificate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The certificate PDF on its own, checked with real tools: veraPDF for PDF/A-3b, PDFBox with
 * BouncyCastle for the signature, ZXing for the QR code, poppler's pdfsig as a second reader.
 */
class CertificatePdfTest {

    @TempDir
    static Path keys;

    private static SigningKey key;
    private static CertificateNumber number;
    private static byte[] unsigned;
    private static byte[] signed;

    @BeforeAll
    static void issue() {
        key = SigningKeyStore.generatedIn(keys, "Bluegrass Recovery Training Center", "test".toCharArray());
        number = CertificateNumber.random();
        unsigned = CertificatePdf.render(SampleCertificates.withNumber(number));
        signed = PdfSigner.sign(unsigned, key, "Bluegrass Recovery Training Center", "Certificate issued",
                Instant.parse("2027-02-10T15:30:00Z"));
        try {
            // Kept for a look by eye (and for pdfsig by hand): target/sample-certificate.pdf
            java.nio.file.Files.write(Path.of("target", "sample-certificate.pdf"), signed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSignedPdfIsPdfA3b() throws Exception {
        assertEquals(List.of(), PdfChecks.pdfA3bFailures(signed));
    }

    @Test
    void fontsReusedFromEarlierCertificatesStillEmbedEverythingPrinted() throws Exception {
        for (int i = 0; i < 3; i++) {
            CertificatePdf.render(SampleCertificates.withNumber(CertificateNumber.random()));
        }
        byte[] later = CertificatePdf.render(SampleCertificates.withNumber(number));
        assertEquals(List.of(), PdfChecks.pdfA3bFailures(later));
        try (PDDocument document = Loader.loadPDF(later)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(SampleCertificates.NAME) && text.contains(number.formatted()), text);
        }
    }

    @Test
    void veraPdfRefusesAnOrdinaryPdf() throws Exception {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            var out = new java.io.ByteArrayOutputStream();
            plain.save(out);
            assertFalse(PdfChecks.pdfA3bFailures(out.toByteArray()).isEmpty(), "the check can fail");
        }
    }

    @Test
    void signingAppendsAndLeavesThePdfABytesAsTheyWere() {
        assertArrayEquals(unsigned, Arrays.copyOf(signed, unsigned.length));
    }

    @Test
    void theSignatureIsPadesAndMatchesTheBytes() throws Exception {
        PdfChecks.Signature signature = PdfChecks.signature(signed);
        assertEquals("ETSI.CAdES.detached", signature.subFilter());
        assertTrue(signature.coversWholeFileButContents());
        assertTrue(signature.cmsValid());
        assertTrue(signature.signer().contains("Bluegrass Recovery Training Center"), signature.signer());
    }

    @Test
    void aChangedByteBreaksTheSignature() throws Exception {
        // The attached JSON is stored uncompressed: a forger can edit the approval number in place.
        byte[] tampered = signed.clone();
        int at = new String(tampered, StandardCharsets.ISO_8859_1).indexOf("DBHDID-PSS-0042");
        assertTrue(at > 0);
        tampered[at + "DBHDID-PSS-004".length()] = '3';
        assertFalse(PdfChecks.signature(tampered).cmsValid());
    }

    @Test
    void pdfsigSaysTheSignatureIsValid() throws Exception {
        String report = PdfChecks.pdfsig(signed);
        assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
        assertTrue(report.contains("ETSI.CAdES.detached") || report.contains("PAdES"), report);
    }

    @Test
    void theQrCodeLeadsToTheVerificationPage() throws Exception {
        assertEquals(SampleCertificates.URL_BASE + number.compact(), PdfChecks.qrText(signed));
    }

    @Test
    void everyFieldIsPrintedWithEmbeddedFonts() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDPage page = document.getPage(0);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().contains("DejaVu"), font.getName());
            }
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String expected : List.of(SampleCertificates.NAME, "Kentucky Adult Peer Support Specialist Core Training",
                    "(908 KAR 2:220)", "Credit hours: 30 (one hour is 60 minutes)",
                    "in person, live video (two-way audio and video), self-paced online",
                    "January 5, 2027 to February 2, 2027", "Completed on: February 9, 2027", "Issued on: February 10, 2027",
                    "Expires on: February 10, 2029", "Continuing education due by: February 10, 2028",
                    "Bluegrass Recovery Training Center, approval number DBHDID-PSS-0042", number.formatted(),
                    "Pat Lindqvist", "Training Director", "3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f90112233445566778899aabbccd")) {
                assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in: " + text);
            }
            assertTrue(page.getResources().getXObjectNames().iterator().hasNext(), "the signature image");
        }
    }

    @Test
    void theCertificatesDataIsAttachedAsJson() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            var json = new String(files.get("certificate.json").getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(json.contains("\"number\" : \"" + number.formatted() + "\""), json);
            assertTrue(json.contains(SampleCertificates.NAME), json);
        }
    }
}
