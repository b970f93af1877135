package example.mentoring.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What the emulated SES sent, read back from Moto's state dump ({@code /moto-api/data.json},
 * {@code ses → Message}), oldest first. Moto keeps the HTML body when both bodies were sent.
 */
public final class SentEmails {

    /** One sent message: its recipients, subject and the body Moto kept. */
    public record SentEmail(String id, String source, List<String> to, String subject, String body) {
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
            sent.add(new SentEmail(node.path("id").asText(), node.path("source").asText(), to,
                    node.path("subject").asText(""), node.path("body").asText("")));
        } else if (node.isObject()) {
            node.forEach(child -> collect(child, sent));
        }
    }
}
