package org.peercert.hours;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.peercert.support.CodeFlowSession;
import org.peercert.support.DemoUser;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Transcripts as CSV and PDF: valid with commas, quotes and accents, and only for the right people. */
@QuarkusTest
class TranscriptTest {

    private static final String COURSE = "ky-tcm-core";
    private static final String REASON = "Make-up session, \"room B\", signed by Dr. Núñez; see file 7";

    @TestHTTPResource("/")
    URL root;

    @Test
    void theCsvKeepsCommasQuotesAndAccentsIntact() throws IOException {
        String trainee = recordedCorrection();
        HttpResponse<String> csv = CodeFlowSession.login(root, DemoUser.TRAINEE2).get(path(trainee, "csv"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("transcript-"));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertTrue(rows.stream().anyMatch(r -> REASON.equals(r.get("reason"))), "the reason survives quoting");
        assertTrue(rows.stream().allMatch(r -> "María José Ortiz-Núñez".equals(r.get("trainee"))));
    }

    @Test
    void thePdfPrintsTheNameAndEveryLineWithEmbeddedFonts() throws Exception {
        String trainee = recordedCorrection();
        byte[] pdf = download(CodeFlowSession.login(root, DemoUser.TRAINEE2).cookieHeader(), path(trainee, "pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("María José Ortiz-Núñez"), text);
            assertTrue(text.contains("Training transcript"));
            assertTrue(text.replaceAll("\\s+", " ").contains("signed by Dr. Núñez"), text);
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void anotherTraineeGetsNothing() {
        String trainee = recordedCorrection();
        HttpResponse<String> answer = CodeFlowSession.login(root, DemoUser.TRAINEE1).get(path(trainee, "csv"));
        assertEquals(404, answer.statusCode());
    }

    private static String recordedCorrection() {
        String trainee = LedgerTest.enrolled(DemoUser.TRAINEE2);
        given().auth().oauth2(DemoUser.ADMIN1.accessToken()).contentType("application/json")
                .body(Map.of("competencyId", "documentation-and-ethics", "minutes", 15, "reason", REASON))
                .post("/api/trainees/" + trainee + "/ledger/" + COURSE + "/adjustments").then().statusCode(201);
        return trainee;
    }

    private static String path(String trainee, String extension) {
        return "/ledger/" + trainee + "/" + COURSE + "/transcript." + extension;
    }

    private byte[] download(String cookies, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString().replaceAll("/$", "") + path))
                .header("Cookie", cookies).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        return response.body();
    }
}
