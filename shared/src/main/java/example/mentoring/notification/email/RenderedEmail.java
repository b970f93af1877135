package example.mentoring.notification.email;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A ready-to-send email body pair.
 *
 * @param headers extra headers to add (e.g. List-Unsubscribe), in a stable order
 */
public record RenderedEmail(String subject, String text, String html, Map<String, String> headers) {
    public RenderedEmail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        headers = headers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }
}
