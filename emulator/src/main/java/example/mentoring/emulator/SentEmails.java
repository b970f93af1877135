package example.mentoring.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the emulated SES sent, read back from Moto's state dump ({@code /moto-api/data.json},
 * {@code ses → Message}), oldest first. Moto keeps the HTML body when both bodies were sent, and
 * (with moto_server.py's change) the message's headers as SES received them, in order.
 */
public final class SentEmails {

    /** One sent message: its recipients, subject, the body Moto kept and the extra headers SES got. */
    public record SentEmail(String id, String source, List<String> to, String subject, String body,
                            List<Map.Entry<String, String>> headers) {
    }

    private SentEmails() {
    }

    public static List<SentEmail> read(URI endpoint) {
        JsonNode data;
        try (InputStream in = endpoint.resolve("/moto-api/data.json").toURL().openStream()) {
            data = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the emulator's state", e);
        }
        List<SentEmail> sent = new ArrayList<>();
        collect(data.path("ses").path("Message"), sent);
        return sent;
    }

    private static void collect(JsonNode node, List<SentEmail> sent) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, sent));
        } else if (node.isObject() && node.has("destinations")) {
            List<String> to = new ArrayList<>();
            JsonNode destinations = node.path("destinations");
            (destinations.isObject() ? destinations.path("ToAddresses") : destinations).forEach(d -> to.add(d.asText()));
            List<Map.Entry<String, String>> headers = new ArrayList<>();
            node.path("headers").forEach(h -> headers.add(Map.entry(h.path("Name").asText(), h.path("Value").asText())));
            sent.add(new SentEmail(node.path("id").asText(), node.path("source").asText(), to,
                    node.path("subject").asText(""), node.path("body").asText(""), List.copyOf(headers)));
        } else if (node.isObject()) {
            node.forEach(child -> collect(child, sent));
        }
    }
}
