package example.mentoring.notification;

import example.mentoring.outcome.Conflict;

/** The entry's stored message cannot be read: a retry would fail again. */
public final class NotificationUnreadable extends Conflict {

    public NotificationUnreadable(String why) {
        super("unreadable", "Unreadable",
                "This notification's stored message cannot be read (" + why + "); a retry would fail again.");
    }
}
