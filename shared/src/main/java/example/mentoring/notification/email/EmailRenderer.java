package example.mentoring.notification.email;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders any {@link EmailMessage} to subject, text and HTML from its templates.
 *
 * <p>Create one per process (the templates are compiled in the constructor) and share it;
 * {@link #render} is thread-safe.
 */
public final class EmailRenderer {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final EmailTemplates templates = new EmailTemplates();

    public RenderedEmail render(EmailMessage message) {
        Objects.requireNonNull(message, "message");
        EmailTemplates.KindTemplates set = templates.forKind(message.kind());
        Map<String, Object> data = TemplateData.of(message);
        // One line, always: a newline in user data must never start a new mail header.
        String subject = oneLine(set.subject().execute(data));
        data.put("subject", subject);
        data.put("reason", oneLine(set.reason().execute(data)));
        return new RenderedEmail(subject, set.text().execute(data), set.html().execute(data), headers(message));
    }

    private static Map<String, String> headers(EmailMessage message) {
        return switch (message) {
            case Newsletter newsletter -> Newsletter.listUnsubscribeHeaders(newsletter.unsubscribeUrl());
            case AlumniInvitation invitation -> Newsletter.listUnsubscribeHeaders(invitation.unsubscribeUrl());
            default -> Map.of();
        };
    }

    private static String oneLine(String s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }
}
