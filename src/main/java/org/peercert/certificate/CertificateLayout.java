package org.peercert.certificate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws the certificate's one page. Sizes are chosen for print: nothing below 9 pt except the
 * content version and the verification address, which are printed in full for the record.
 */
final class CertificateLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final float[] BRAND = {11 / 255f, 83 / 255f, 148 / 255f};
    private static final float[] INK = {27 / 255f, 31 / 255f, 36 / 255f};
    private static final float LEFT = 70;
    private static final float FACTS_WIDTH = 520;
    private static final float QR_X = 612;
    private static final float QR_SIZE = 100;

    private final PDDocument document;
    private final PDPageContentStream page;
    private final PDFont regular;
    private final PDFont bold;
    private final float width = CertificatePdf.PAGE.getWidth();

    CertificateLayout(PDDocument document, PDPageContentStream page, PDFont regular, PDFont bold) {
        this.document = document;
        this.page = page;
        this.regular = regular;
        this.bold = bold;
    }

    void draw(CertificateData d) throws IOException {
        frame();
        color(BRAND);
        centered(bold, 13, d.issuer().providerName(), 548);
        centered(bold, 30, "Certificate of Completion", 505);
        color(INK);
        centered(regular, 13, "This certifies that", 472);
        centered(bold, PdfText.fit(bold, d.legalName(), 30, 600), d.legalName(), 432);
        centered(regular, 13, "has completed", 400);
        float y = 372;
        for (String line : PdfText.wrap(bold, 18, d.courseTitle(), 640)) {
            centered(bold, 18, line, y);
            y -= 23;
        }
        for (String line : PdfText.wrap(regular, 12, d.credential(), 640)) {
            centered(regular, 12, line, y);
            y -= 16;
        }
        facts(d, Math.min(y - 14, 300));
        verification(d);
        signature(d.issuer());
        color(INK);
        centered(regular, 7, "Course content version " + d.contentVersion(), 40);
    }

    private void facts(CertificateData d, float top) throws IOException {
        List<String> facts = new ArrayList<>();
        facts.add("Credit hours: " + d.creditHours().stripTrailingZeros().toPlainString() + " (one hour is "
                + d.hourMinutes() + " minutes)");
        facts.add("Delivery: " + String.join(", ", d.deliveryFormats()));
        facts.add("Training dates: " + dates(d.trainingStartedOn(), d.trainingEndedOn()));
        facts.add("Completed on: " + DATE.format(d.completedOn()));
        facts.add("Issued on: " + DATE.format(d.issuedOn()));
        if (d.expiresOn() != null) {
            facts.add("Expires on: " + DATE.format(d.expiresOn()));
        }
        if (d.ceDueOn() != null) {
            facts.add("Continuing education due by: " + DATE.format(d.ceDueOn()));
        }
        facts.add("Provider: " + d.issuer().providerName() + ", approval number " + d.issuer().approvalNumber());
        float y = top;
        for (String fact : facts) {
            for (String line : PdfText.wrap(regular, 11, fact, FACTS_WIDTH)) {
                text(regular, 11, line, LEFT, y);
                y -= 15;
            }
        }
    }

    private void verification(CertificateData d) throws IOException {
        float centre = QR_X + QR_SIZE / 2;
        text(regular, 9, "Certificate number", centre - PdfText.width(regular, 9, "Certificate number") / 2, 258);
        text(bold, 12, d.number(), centre - PdfText.width(bold, 12, d.number()) / 2, 242);
        QrCode.draw(page, d.verificationUrl(), QR_X, 132, QR_SIZE);
        color(INK);
        text(regular, 9, "Scan or visit to verify:", centre - PdfText.width(regular, 9, "Scan or visit to verify:") / 2, 120);
        float y = 110;
        for (String line : PdfText.wrapAnywhere(regular, 7.5f, d.verificationUrl(), 150)) {
            text(regular, 7.5f, line, centre - PdfText.width(regular, 7.5f, line) / 2, y);
            y -= 9;
        }
    }

    private void signature(CertificateData.Issuer issuer) throws IOException {
        PDImageXObject image = SignatureImage.in(document, issuer.signaturePng());
        float height = 46;
        float imageWidth = Math.min(190, height * image.getWidth() / image.getHeight());
        page.drawImage(image, LEFT, 96, imageWidth, height);
        color(INK);
        page.setLineWidth(0.75f);
        page.moveTo(LEFT, 92);
        page.lineTo(LEFT + 220, 92);
        page.stroke();
        text(bold, 10.5f, issuer.signatoryName(), LEFT, 79);
        text(regular, 9.5f, issuer.signatoryTitle() + ", " + issuer.providerName(), LEFT, 66);
    }

    private void frame() throws IOException {
        color(BRAND);
        page.setStrokingColor(BRAND[0], BRAND[1], BRAND[2]);
        page.setLineWidth(3);
        page.addRect(24, 24, width - 48, CertificatePdf.PAGE.getHeight() - 48);
        page.stroke();
        page.setLineWidth(0.75f);
        page.addRect(32, 32, width - 64, CertificatePdf.PAGE.getHeight() - 64);
        page.stroke();
        page.setStrokingColor(INK[0], INK[1], INK[2]);
    }

    private static String dates(LocalDate from, LocalDate to) {
        return from.equals(to) ? DATE.format(from) : DATE.format(from) + " to " + DATE.format(to);
    }

    private void centered(PDFont font, float size, String text, float y) throws IOException {
        PdfText.show(page, font, size, text, (width - PdfText.width(font, size, text)) / 2, y);
    }

    private void text(PDFont font, float size, String text, float x, float y) throws IOException {
        PdfText.show(page, font, size, text, x, y);
    }

    private void color(float[] rgb) throws IOException {
        page.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    }
}
