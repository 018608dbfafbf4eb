package org.peercert.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

/**
 * A certificate as a PDF/A-3b document: one landscape Letter page (see {@link CertificateLayout}),
 * DejaVu fonts embedded, XMP metadata, an sRGB output intent, and the certificate's data attached
 * as {@code certificate.json}. Unsigned: {@link PdfSigner} adds the signature as an incremental
 * update, which keeps these bytes intact.
 */
public final class CertificatePdf {

    /** Letter, landscape. */
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.LETTER.getHeight(), PDRectangle.LETTER.getWidth());
    private static final ObjectMapper JSON = new ObjectMapper();

    private CertificatePdf() {
    }

    /**
     * @throws IllegalArgumentException when a text cannot be printed with the embedded fonts (a
     *                                  character DejaVu lacks); nothing is printed wrongly instead
     */
    public static byte[] render(CertificateData data) {
        Calendar created = GregorianCalendar.from(data.issuedAt().atZone(TimeZone.getTimeZone("UTC").toZoneId()));
        FontPool.Fonts fonts = FontPool.borrow();
        try (PDDocument document = new PDDocument()) {
            document.getDocumentCatalog().setLanguage("en-US");
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            PDType0Font regular = PDType0Font.load(document, fonts.regular(), true);
            PDType0Font bold = PDType0Font.load(document, fonts.bold(), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                new CertificateLayout(document, content, regular, bold).draw(data);
            }
            PdfA.outputIntent(document);
            PdfA.metadata(document, "Certificate " + data.number() + ": " + data.legalName() + ", " + data.courseTitle(),
                    data.issuer().providerName(), created);
            PdfA.attach(document, "certificate.json", "application/json", json(data),
                    "The certificate's data, for software that reads it", created);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            FontPool.giveBack(fonts);
        }
    }

    /** The printed facts as JSON (without the signature image), attached to the PDF. */
    static byte[] json(CertificateData d) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("number", d.number());
        facts.put("name", d.legalName());
        facts.put("course", d.courseTitle());
        facts.put("credential", d.credential());
        facts.put("creditHours", d.creditHours().stripTrailingZeros().toPlainString());
        facts.put("hourMinutes", d.hourMinutes());
        facts.put("deliveryFormats", d.deliveryFormats());
        facts.put("trainingStartedOn", String.valueOf(d.trainingStartedOn()));
        facts.put("trainingEndedOn", String.valueOf(d.trainingEndedOn()));
        facts.put("completedOn", String.valueOf(d.completedOn()));
        facts.put("issuedOn", String.valueOf(d.issuedOn()));
        facts.put("expiresOn", d.expiresOn() == null ? null : d.expiresOn().toString());
        facts.put("continuingEducationDueOn", d.ceDueOn() == null ? null : d.ceDueOn().toString());
        facts.put("provider", d.issuer().providerName());
        facts.put("providerApprovalNumber", d.issuer().approvalNumber());
        facts.put("contentVersion", d.contentVersion());
        facts.put("verificationUrl", d.verificationUrl());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(facts).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
