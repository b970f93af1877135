package example.mentoring.notification;

import example.mentoring.outcome.NotFound;

/** No outbox entry has this id. */
public final class NotificationNotFound extends NotFound {

    public NotificationNotFound(String id) {
        super("No notification " + id + ".");
    }
}
