package example.mentoring.notification.email;

/**
 * What the outbox keeps for a newsletter: the post by id and the version that was published when
 * it was queued, not its text. A long post to many people would otherwise copy its HTML into every
 * entry (and past DynamoDB's 4 MB transaction limit). The sender loads the post and renders a
 * {@link Newsletter} from it just before sending (see {@code NotificationSender}).
 *
 * @param postVersion the post's version when published; if it changed since, the post's current
 *                    published text is sent (a later coordinator's edit, never a pending revision)
 */
public record NewsletterEntry(
        String programName,
        String recipientName,
        String postId,
        long postVersion,
        String postUrl,
        String unsubscribeUrl) implements EmailMessage {

    public NewsletterEntry {
        Checks.text(programName, "programName");
        Checks.text(recipientName, "recipientName");
        Checks.text(postId, "postId");
        Checks.httpUrl(postUrl, "postUrl");
        Checks.httpUrl(unsubscribeUrl, "unsubscribeUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.NEWSLETTER;
    }

    /** The email to send, with the post's published title, sanitized HTML and plain text. */
    public Newsletter with(String postTitle, String postHtml, String postText) {
        return new Newsletter(programName, recipientName, postTitle, postHtml, postText, postUrl, unsubscribeUrl);
    }
}
