package example.mentoring.notification.email;

/** Gives a post back to its author with a coordinator's comment, and the way back to editing it. */
public record PostReturned(
        String programName,
        String recipientName,
        String postTitle,
        String comment,
        String editUrl) implements EmailMessage {

    public PostReturned {
        Checks.text(programName, "programName");
        Checks.text(recipientName, "recipientName");
        Checks.text(postTitle, "postTitle");
        Checks.text(comment, "comment");
        Checks.httpUrl(editUrl, "editUrl");
    }

    @Override
    public EmailKind kind() {
        return EmailKind.POST_RETURNED;
    }
}
