package org.peercert.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs axe-core (from npm, installed by Maven into .tools/) on the page a browser shows, and
 * returns the serious and critical violations, each as "rule: help (target)".
 */
public final class Axe {

    private static final Path SCRIPT = Path.of(System.getProperty("peercert.tools.dir", ".tools"),
            "node_modules", "axe-core", "axe.min.js");
    private static String source;

    private Axe() {
    }

    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source());
        String json = (String) js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));");
        List<String> serious = new ArrayList<>();
        try {
            for (JsonNode violation : new ObjectMapper().readTree(json)) {
                String impact = violation.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    serious.add(violation.path("id").asText() + ": " + violation.path("help").asText() + " "
                            + violation.path("nodes").findValuesAsText("html"));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("axe-core answered something unreadable: " + json, e);
        }
        return serious;
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new IllegalStateException("axe-core is missing at " + SCRIPT + "; ./mvnw verify installs it", e);
            }
        }
        return source;
    }
}
