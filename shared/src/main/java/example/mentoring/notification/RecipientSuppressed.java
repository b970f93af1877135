package example.mentoring.notification;

import example.mentoring.outcome.Conflict;

/** The recipient is suppressed: the email will not be sent again. */
public final class RecipientSuppressed extends Conflict {

    public RecipientSuppressed(String reason) {
        super("recipient-suppressed", "Recipient suppressed",
                "This email will not be sent again: its recipient is suppressed (" + reason + ").");
    }
}
