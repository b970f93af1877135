package example.mentoring.notification;

import java.time.Clock;

/**
 * A coordinator puts a FAILED outbox entry back in line, unless the recipient has since been
 * suppressed or (for a newsletter) opted out, or its stored message cannot be read: then the
 * retry is refused and changes nothing.
 */
public final class OutboxRetry {

    private final Notifications notifications;
    private final Deliverability deliverability;
    private final Clock clock;

    public OutboxRetry(Notifications notifications, Deliverability deliverability, Clock clock) {
        this.notifications = notifications;
        this.deliverability = deliverability;
        this.clock = clock;
    }

    /** The entry as it is once back in line. */
    public Notification retry(String id) {
        Notification notification = read(id);
        if (notification.status() == NotificationStatus.SUPPRESSED) {
            throw new RecipientSuppressed(notification.suppressedReason().orElse("SUPPRESSED"));
        }
        if (notification.status() == NotificationStatus.FAILED) {
            deliverability.blocked(notification).ifPresent(reason -> {
                throw new RecipientSuppressed(reason);
            });
        }
        if (!notifications.retry(id, clock.instant())) {
            throw new NotFailed(notification.status());
        }
        return notifications.find(id).orElseThrow();
    }

    private Notification read(String id) {
        try {
            return notifications.get(id);
        } catch (Notifications.Unreadable poison) {
            throw new NotificationUnreadable(poison.getMessage());
        }
    }
}
