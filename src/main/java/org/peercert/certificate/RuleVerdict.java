package org.peercert.certificate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Whether a trainee has met a course's completion rule: every requirement, each with why (not). */
public record RuleVerdict(String courseId, List<RequirementCheck> requirements) {

    public RuleVerdict {
        requirements = List.copyOf(requirements);
    }

    /** Met when there are requirements and every one is met. */
    @JsonProperty
    public boolean met() {
        return !requirements.isEmpty() && requirements.stream().allMatch(RequirementCheck::met);
    }

    /** What is still missing, one sentence each. */
    @JsonProperty
    public List<String> missing() {
        return requirements.stream().filter(r -> !r.met()).map(RequirementCheck::detail).toList();
    }

    /** When the last requirement was met: the completion. Empty while the rule is unmet. */
    @JsonIgnore
    public Optional<Instant> completedAt() {
        return met() ? requirements.stream().map(RequirementCheck::metAt).max(Comparator.naturalOrder()) : Optional.empty();
    }
}
