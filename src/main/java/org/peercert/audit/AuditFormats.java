package org.peercert.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateExtension;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Audit values for pages: {@code {event.detailFields}} lists an event's details as field and
 * value, to read on a phone, rather than as one line of JSON; the API and the chain keep the JSON.
 */
@TemplateExtension
public class AuditFormats {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One detail of an event: its field and its value as text. */
    public record DetailField(String field, String value) {
    }

    static List<DetailField> detailFields(AuditEvent event) {
        List<DetailField> fields = new ArrayList<>();
        if (event.details == null || event.details.isBlank()) {
            return fields;
        }
        try {
            JsonNode details = JSON.readTree(event.details);
            if (!details.isObject()) {
                return List.of(new DetailField("details", event.details));
            }
            for (Map.Entry<String, JsonNode> field : details.properties()) {
                JsonNode value = field.getValue();
                fields.add(new DetailField(field.getKey(), value.isValueNode() ? value.asText() : value.toString()));
            }
            return fields;
        } catch (IOException e) {
            return List.of(new DetailField("details", event.details));
        }
    }
}
