package org.peercert.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a state change says about itself in the audit log: its action (for example
 * {@code enrolment.created}), whose record and which course it concerns, the record it wrote,
 * and details a reviewer can read.
 */
public record Audited(String action, String traineeSubject, String courseId, String recordType, String recordId,
                      Map<String, Object> details) {

    public static Audited of(String action) {
        return new Audited(action, null, null, null, null, new LinkedHashMap<>());
    }

    public Audited trainee(String subject) {
        return new Audited(action, subject, courseId, recordType, recordId, details);
    }

    public Audited course(String id) {
        return new Audited(action, traineeSubject, id, recordType, recordId, details);
    }

    public Audited record(String type, Object id) {
        return new Audited(action, traineeSubject, courseId, type, id == null ? null : String.valueOf(id), details);
    }

    /** Adds one detail; null values are left out. */
    public Audited with(String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
        return this;
    }
}
