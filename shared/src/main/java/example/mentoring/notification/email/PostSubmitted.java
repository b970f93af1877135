package example.mentoring.notification.email;

/**
 * Tells a coordinator that a participant sent a post (a draft, or an edit of a published post) for
 * review, with the way to the review queue. It names the post, never copies its text.
 */
public record PostSubmitted(
        String programName,
        String recipientName,
        String postTitle,
        String authorName,
        boolean revision,
        String reviewUrl) implements EmailMessage {

    public PostSubmitted {
        Checks.text(programName, "programName");
        Checks.text(recipientName, "recipientName");
        Checks.text(postTitle, "postTitle");
        Checks.text(authorName, "authorName");
        Checks.httpUrl(reviewUrl, "reviewUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.POST_SUBMITTED;
    }
}
