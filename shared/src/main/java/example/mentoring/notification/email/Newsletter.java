package example.mentoring.notification.email;

import java.util.LinkedHashMap;
import java.util.SequencedMap;

/**
 * A newsletter post sent to a subscriber.
 *
 * @param postHtml already sanitized HTML (see {@code example.mentoring.post.MarkdownRenderer});
 *                 the only value the HTML template inserts unescaped
 * @param postText the same post as plain text, for the text body; empty for a post that is only
 *                 images (the text body then points to the post online)
 */
public record Newsletter(
        String programName,
        String recipientName,
        String postTitle,
        String postHtml,
        String postText,
        String postUrl,
        String unsubscribeUrl) implements EmailMessage {

    public Newsletter {
        Checks.text(programName, "programName");
        Checks.text(recipientName, "recipientName");
        Checks.text(postTitle, "postTitle");
        Checks.text(postHtml, "postHtml");
        Checks.present(postText, "postText");
        Checks.httpUrl(postUrl, "postUrl");
        Checks.httpUrl(unsubscribeUrl, "unsubscribeUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.NEWSLETTER;
    }

    /**
     * RFC 2369 and RFC 8058 headers, so mail clients offer a one-click unsubscribe button
     * (bulk senders are required to send these by the large mailbox providers).
     */
    public static SequencedMap<String, String> listUnsubscribeHeaders(String unsubscribeUrl) {
        Checks.httpUrl(unsubscribeUrl, "unsubscribeUrl");
        if (unsubscribeUrl.indexOf('>') >= 0) {
            throw new IllegalArgumentException("unsubscribeUrl must not contain '>': " + unsubscribeUrl);
        }
        SequencedMap<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribeUrl + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return headers;
    }
}
