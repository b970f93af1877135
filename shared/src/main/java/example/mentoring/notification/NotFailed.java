package example.mentoring.notification;

import example.mentoring.outcome.Conflict;

/** Only a FAILED outbox entry is retried. */
public final class NotFailed extends Conflict {

    public NotFailed(NotificationStatus status) {
        super("not-failed", "Not failed", "Only a FAILED notification can be retried; this one is " + status + ".");
    }
}
