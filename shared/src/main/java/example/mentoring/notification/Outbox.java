package example.mentoring.notification;

import example.mentoring.aws.Write;
import example.mentoring.notification.email.EmailMessage;
import java.time.Clock;

/**
 * The transactional outbox: {@link #notify} gives the write that records an email, to be put in
 * the same transaction ({@code Write}s) as the change that causes it. Either both happen or
 * neither; the sender delivers what was recorded, so a crash between "saved" and "sent" loses
 * nothing. Ids are chosen by the caller from the cause (e.g. {@code ack-<applicationId>}), so a
 * retried change can never record its email twice.
 */
public final class Outbox {

    private final Notifications notifications;
    private final Clock clock;

    public Outbox(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public Write notify(String notificationId, String recipient, EmailMessage message) {
        return notifications.newEntry(notificationId, recipient, message, clock.instant());
    }
}
