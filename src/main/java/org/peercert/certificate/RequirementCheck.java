package org.peercert.certificate;

import java.time.Instant;

/**
 * One requirement of a course's completion rule, checked for one trainee.
 *
 * @param requirement what is required: hours, written-exam, oral-exam, post-test or evaluation
 * @param met         whether it is met
 * @param detail      what the trainee reads: what is done, or what is missing and what to do
 * @param metAt       when it was met (the latest one dates the completion); null while unmet
 */
public record RequirementCheck(String requirement, boolean met, String detail, Instant metAt) {

    public static RequirementCheck met(String requirement, String detail, Instant at) {
        return new RequirementCheck(requirement, true, detail, at);
    }

    public static RequirementCheck unmet(String requirement, String why) {
        return new RequirementCheck(requirement, false, why, null);
    }
}
