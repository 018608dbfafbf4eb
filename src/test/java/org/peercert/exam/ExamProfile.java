package org.peercert.exam;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The exam tests' service: the fixture courses, a two-second grace and a one-second sweep, so
 * that expiry can be tested in about a minute of real time.
 */
public class ExamProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lms.courses-dir", ExamFixture.ROOT.toString(),
                "lms.exam.grace-period", "PT2S",
                "lms.exam.sweep-interval", "PT1S");
    }
}
