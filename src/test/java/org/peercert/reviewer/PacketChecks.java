package org.peercert.reviewer;

import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.peercert.certificate.Sha256;
import org.peercert.support.DemoUser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checks of an evidence packet as a reviewer makes them: its manifest against its files, and the
 * published commands (the real sha256sum and jq, run in a folder the packet is unzipped into).
 */
public final class PacketChecks {

    private PacketChecks() {
    }

    /** Every file of the ZIP by path, in order. */
    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** manifest.json names every file but itself and SHA256SUMS, with its true SHA-256 and size; SHA256SUMS adds the manifest. */
    public static JsonPath assertManifestMatches(Map<String, byte[]> files) {
        JsonPath manifest = JsonPath.from(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
        List<Map<String, Object>> listed = manifest.getList("files");
        Set<String> paths = new TreeSet<>();
        for (Map<String, Object> file : listed) {
            String path = (String) file.get("path");
            paths.add(path);
            assertTrue(files.containsKey(path), path + " is listed but not in the packet");
            assertEquals(Sha256.hex(files.get(path)), file.get("sha256"), "SHA-256 of " + path);
            assertEquals(files.get(path).length, ((Number) file.get("bytes")).intValue(), "size of " + path);
        }
        Set<String> inZip = new TreeSet<>(files.keySet());
        inZip.removeAll(Set.of("manifest.json", "SHA256SUMS", "SHA256SUMS.p7s")); // these three vouch for the rest
        assertEquals(inZip, paths, "the manifest lists exactly the packet's files");
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        for (String path : files.keySet()) {
            if (!path.equals("SHA256SUMS") && !path.equals("SHA256SUMS.p7s")) {
                assertTrue(sums.contains(Sha256.hex(files.get(path)) + "  " + path + "\n"), path + " in SHA256SUMS");
            }
        }
        return manifest;
    }

    /**
     * Unzips the packet into a new folder and runs the published commands there: both must pass;
     * then changes one byte of {@code tampered} and both must fail.
     */
    public static void assertPublishedChecksPassThenCatchTampering(byte[] zip, String tampered) throws Exception {
        Path folder = Files.createTempDirectory("peercert-packet-");
        for (Map.Entry<String, byte[]> file : unzip(zip).entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        assertEquals(0, run(folder, EvidencePackets.CHECK), "sha256sum -c SHA256SUMS");
        assertEquals(0, run(folder, EvidencePackets.CHECK_WITH_JQ), "the jq one-liner over manifest.json");
        // The signature, against the certificate the provider publishes (not the packet's own copy).
        String published = given().get(EvidencePackets.CERTIFICATE_PATH).then().statusCode(200).extract().asString();
        assertEquals(published, Files.readString(folder.resolve("provider-certificate.pem")), "the packet's copy is the published one");
        Files.writeString(folder.resolve("provider-certificate.pem"), published);
        assertEquals(0, run(folder, EvidencePackets.CHECK_SIGNATURE), "openssl cms -verify over SHA256SUMS");
        byte[] bytes = Files.readAllBytes(folder.resolve(tampered));
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(folder.resolve(tampered), bytes);
        assertNotEquals(0, run(folder, EvidencePackets.CHECK), "sha256sum -c must catch the changed " + tampered);
        assertNotEquals(0, run(folder, EvidencePackets.CHECK_WITH_JQ), "the jq check must catch the changed " + tampered);
        // Whoever changes a file and writes its sums again still fails the provider's signature.
        assertEquals(0, run(folder, "awk '{print $2}' SHA256SUMS | xargs sha256sum > SUMS.new && mv SUMS.new SHA256SUMS"));
        assertEquals(0, run(folder, EvidencePackets.CHECK), "the rewritten sums match the changed file");
        assertNotEquals(0, run(folder, EvidencePackets.CHECK_SIGNATURE), "the signature must catch rewritten sums");
    }

    /** Polls reviewer1's packet job until it is finished (a minute at most); its last progress. */
    public static JsonPath finished(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonPath progress = given().auth().oauth2(DemoUser.REVIEWER1.accessToken()).get("/api/reviewer/packet-jobs/" + id)
                    .then().statusCode(200).extract().jsonPath();
            if (progress.getBoolean("finished")) {
                return progress;
            }
            assertTrue(System.currentTimeMillis() < deadline, "packet job " + id + " did not finish: " + progress.prettify());
            Thread.sleep(200);
        }
    }

    /** The text of the packet's summary.pdf. */
    public static String summaryText(Map<String, byte[]> files) throws IOException {
        try (PDDocument document = Loader.loadPDF(files.get("summary.pdf"))) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int run(Path folder, String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-o", "pipefail", "-c", command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(folder.resolve("../" + folder.getFileName() + ".log").toFile()).start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), command + " did not end");
        return process.exitValue();
    }
}
