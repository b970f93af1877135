package example.mentoring.local;

import com.fasterxml.jackson.databind.JsonNode;
import example.mentoring.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What was sent through the emulated SES, read back from Moto's state dump
 * ({@code /moto-api/data.json}, {@code ses.Message}), oldest first.
 */
final class LocalEmails {

    private final URI endpoint;

    LocalEmails(URI endpoint) {
        this.endpoint = endpoint;
    }

    Map<String, Object> list() throws IOException {
        JsonNode data;
        try (InputStream in = endpoint.resolve("/moto-api/data.json").toURL().openStream()) {
            data = Json.MAPPER.readTree(in);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        data.path("ses").path("Message").forEach(region -> collect(region, items));
        return Map.of("items", items);
    }

    private static void collect(JsonNode node, List<Map<String, Object>> items) {
        if (node.isArray()) {
            node.forEach(message -> collect(message, items));
            return;
        }
        if (node.has("subject") || node.has("body") || node.has("raw_data")) {
            Map<String, Object> item = new LinkedHashMap<>();
            List<String> to = new ArrayList<>();
            JsonNode destinations = node.path("destinations");
            (destinations.isObject() ? destinations.path("ToAddresses") : destinations).forEach(d -> to.add(d.asText()));
            item.put("to", to);
            item.put("subject", node.path("subject").asText(""));
            String body = node.path("body").asText("");
            boolean html = body.stripLeading().startsWith("<");
            item.put("text", html ? null : body);
            item.put("html", html ? body : null);
            item.put("sentAt", node.path("sent_at").isMissingNode() ? null : node.path("sent_at").asText());
            items.add(item);
            return;
        }
        node.forEach(child -> collect(child, items));
    }
}
