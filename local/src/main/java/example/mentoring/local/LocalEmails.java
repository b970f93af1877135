package example.mentoring.local;

import example.mentoring.emulator.SentEmails;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /_local/emails}: what was sent through the emulated SES, oldest first. Moto keeps one
 * body per message (the HTML one when both were sent), so {@code text} or {@code html} is null.
 */
final class LocalEmails {

    private final URI endpoint;

    LocalEmails(URI endpoint) {
        this.endpoint = endpoint;
    }

    Map<String, Object> list() {
        List<Map<String, Object>> items = SentEmails.read(endpoint).stream().map(email -> {
            boolean html = email.body().stripLeading().startsWith("<");
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("messageId", email.id());
            item.put("from", email.source());
            item.put("to", email.to());
            item.put("subject", email.subject());
            item.put("text", html ? null : email.body());
            item.put("html", html ? email.body() : null);
            return item;
        }).toList();
        return Map.of("items", items);
    }
}
