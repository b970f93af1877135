package example.mentoring.notification;

import java.time.Instant;

/** An outbox entry as coordinators see it: what, to whom, how delivery went. */
public record NotificationView(
        String notificationId,
        String kind,
        String recipient,
        NotificationStatus status,
        int attempts,
        String lastError,
        String suppressedReason,
        Instant createdAt,
        Instant updatedAt,
        Instant nextAttemptAt,
        Instant sentAt) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.notificationId(), n.kind().name(), n.recipient(), n.status(), n.attempts(),
                n.lastError().orElse(null), n.suppressedReason().orElse(null), n.createdAt(), n.updatedAt(), n.nextAttemptAt().orElse(null),
                n.sentAt().orElse(null));
    }
}
