package org.peercert.reviewer;

import io.restassured.path.json.JsonPath;
import org.peercert.support.DemoUser;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a state reviewer does with a certificate, through the real API with reviewer1's token. */
public final class ReviewerSteps {

    private ReviewerSteps() {
    }

    /**
     * Finds the certificate by its number, opens its holder's record, downloads the evidence packet
     * and checks it with the published commands; a changed certificate PDF is caught.
     */
    public static void findOpenAndCheckThePacket(String number, String subject, String legalName) throws Exception {
        String token = DemoUser.REVIEWER1.accessToken();
        JsonPath found = given().auth().oauth2(token).queryParam("number", number).get("/api/reviewer/certificates").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(subject, found.getString("[0].traineeSubject"), found.prettify());
        assertEquals(legalName, found.getString("[0].legalName"));
        JsonPath record = given().auth().oauth2(token).get("/api/reviewer/trainees/" + subject).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(!record.getList("attendance").isEmpty() && !record.getList("examAttempts").isEmpty()
                && !record.getList("oralScores").isEmpty(), record.prettify());
        assertEquals(number, record.getString("certificates[0].number"));
        byte[] zip = given().auth().oauth2(token).get("/api/reviewer/trainees/" + subject + "/packet").then().statusCode(200)
                .extract().asByteArray();
        Map<String, byte[]> files = PacketChecks.unzip(zip);
        PacketChecks.assertManifestMatches(files);
        PacketChecks.assertPublishedChecksPassThenCatchTampering(zip, "certificates/" + number + ".pdf");
    }
}
